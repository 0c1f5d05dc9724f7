import { cliDe } from "./messages.de.ts";
import { cliEn } from "./messages.en.ts";
import type { CliMessages } from "./messages.types.ts";

/**
 * German, the office's language; `QUER_LANG=en` for English. The shell's own `LANG` is
 * not read: servers often run with `en_US` or `C` whatever their operator reads.
 */
export function cliLocale(env: Record<string, string | undefined> = process.env): "de" | "en" {
  return env.QUER_LANG?.trim().toLowerCase() === "en" ? "en" : "de";
}

export function cliMessages(env: Record<string, string | undefined> = process.env): CliMessages {
  return cliLocale(env) === "en" ? cliEn : cliDe;
}
