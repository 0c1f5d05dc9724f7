import { z } from "zod";
import { multiLine } from "./multi-line.ts";
import { singleLine } from "./single-line.ts";

/**
 * A string normalised as a single line before any length check, so a title of nothing
 * but control characters is as empty as it looks.
 */
export const singleLineText = () => z.string().overwrite(singleLine);

/** A string normalised as multi-line text, then trimmed, before any length check. */
export const multiLineText = () => z.string().overwrite(multiLine).trim();
