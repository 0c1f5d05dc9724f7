import type { Db } from "../db/open.ts";
import type { DocHooks } from "../sync/registry.ts";
import { findProject } from "./repo.ts";

/**
 * `project:<id>` is the team's co-edited plan (its shape is documented in shared/src/projects/).
 * It starts empty: the plan is written by the team, nothing in SQL needs copying in.
 */
export function projectDocHooks(db: Db): DocHooks {
  return {
    prepare: (_doc, ref) => findProject(db, ref.id) !== undefined,
  };
}
