import type { Office, OfficeInput } from "@quer/shared";
import { call, server } from "../api/client.ts";

export async function saveOffice(input: OfficeInput): Promise<Office> {
  return (await call(server.office.$put({ json: input }))).office;
}

/** Sends the picture's bytes as they are, typed as the file says; the server checks the bytes. */
export async function uploadLogo(file: File): Promise<Office> {
  const request = server.office.logo.$put(undefined, {
    init: { body: file, headers: { "content-type": file.type, accept: "application/json" } },
  });
  return (await call(request)).office;
}

export async function removeLogo(): Promise<Office> {
  return (await call(server.office.logo.$delete())).office;
}
