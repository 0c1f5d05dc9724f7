import { createSignal } from "solid-js";

/**
 * The name a page gives the minimal header of a workshop's guests: the workshop they are
 * in. `null` where no page has set one (the header shows the app's name then).
 */
const [headerPlace, setHeaderPlace] = createSignal<string | null>(null);

export { headerPlace, setHeaderPlace };
