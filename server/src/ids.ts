import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

/** 120 random bits as 24 lowercase base32 characters: fits document names and URLs. */
export function newId(): string {
  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}
