import { isOtherAddress } from "@quer/shared/http/public-url";
import { createSignal } from "solid-js";
import { isServer } from "solid-js/web";
import { call, server } from "../api/client.ts";

const [publicUrl, setPublicUrl] = createSignal<string | undefined>(undefined);
let asked = false;

/**
 * The address Quer is configured for (PUBLIC_URL), asked of the server once the first
 * time a page wants it; undefined until then, and if it cannot be asked.
 */
export function sitePublicUrl(): string | undefined {
  if (!isServer && !asked) {
    asked = true;
    call(server.site.$get()).then(
      (answer) => setPublicUrl(answer.publicUrl),
      () => {
        // Offline or an old server: no notice is better than a wrong one.
      },
    );
  }
  return publicUrl();
}

/**
 * PUBLIC_URL when this page is open at another address (the listen address 127.0.0.1
 * where PUBLIC_URL says localhost): there the server refuses every sign-in and change.
 */
export function otherAddress(): string | undefined {
  const url = sitePublicUrl();
  return url !== undefined && isOtherAddress(location.origin, url) ? url : undefined;
}
