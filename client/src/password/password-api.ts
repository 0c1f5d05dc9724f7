import type { ChangePasswordInput, ResetInput, ResetRequestInput } from "@quer/shared";
import { call, server } from "../api/client.ts";

/** Asks for a reset mail; the answer is the same whether or not the address has an account. */
export function requestReset(input: ResetRequestInput): Promise<unknown> {
  return call(server.auth.reset.request.$post({ json: input }));
}

/** Sets a new password with the token of a reset link; nobody is signed in by it. */
export function resetPassword(input: ResetInput): Promise<unknown> {
  return call(server.auth.reset.$post({ json: input }));
}

/** A new password for the signed-in person; their other sessions end. */
export function changePassword(input: ChangePasswordInput): Promise<unknown> {
  return call(server.auth.password.$post({ json: input }));
}
