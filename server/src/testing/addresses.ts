import { Person, TEST_ORIGIN } from "./harness.ts";

interface AppLike {
  request: (path: string, init: RequestInit, env?: unknown) => Promise<Response> | Response;
}

/**
 * A person whose requests reach the app from `address`, as the Node adapter would pass
 * the socket: the app reads the peer address only from there, so tests can speak from
 * many addresses without a network.
 */
export function personFrom(app: AppLike, address: string): Person {
  const env = { incoming: { socket: { remoteAddress: address } } };
  return new Person((path, init) => app.request(path, init, env), TEST_ORIGIN);
}
