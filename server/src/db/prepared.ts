import type { Db } from "./open.ts";

/**
 * A query built and prepared once per database, then run with parameters. The hot
 * lookups (session, board, idea) run on every request; rebuilding their SQL text each
 * time cost more than running them.
 */
export function preparedPer<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let statement = cache.get(db);
    if (statement === undefined) {
      statement = build(db);
      cache.set(db, statement);
    }
    return statement;
  };
}
