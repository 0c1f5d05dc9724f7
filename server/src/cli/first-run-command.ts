import { resolve } from "node:path";

/** A value as the shell reads it back unchanged. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The `create-manager` line to run beside a server with `config`: with the settings it
 * needs in front when they are not the defaults, so the account lands in the database the
 * server uses and the command names the address people sign in at.
 */
export function createManagerCommand(config: { dataDir: string; publicUrl: string }): string {
  const settings: string[] = [];
  if (config.dataDir !== resolve("./data")) settings.push(`DATA_DIR=${shellWord(config.dataDir)}`);
  if (config.publicUrl !== "http://localhost:3000")
    settings.push(`PUBLIC_URL=${shellWord(config.publicUrl)}`);
  return [...settings, 'pnpm quer create-manager --email E --name "N" --password P'].join(" ");
}
