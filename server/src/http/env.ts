import type { Actor } from "@quer/shared";
import type { ValidSession } from "../auth/sessions.ts";
import type { Services } from "../services.ts";

/** Per-request values every route can read with `c.get(...)`. */
export interface AppEnv {
  Variables: {
    services: Services;
    session: ValidSession | null;
    actor: Actor;
  };
}
