import type { CliMessages } from "./messages.types.ts";

export const cliEn: CliMessages = {
  created: (name, email) => `Manager account created: ${name} <${email}>.`,
  promoted: (name, email, n) =>
    `The existing account ${email} is now the manager's (${name}); name and password are new, ` +
    `${n === 1 ? "1 session" : `${n} sessions`} ended.`,
  database: (file) => `Database: ${file}`,
  dataDir: (dir, fromEnv) =>
    fromEnv
      ? `DATA_DIR: ${dir}`
      : `DATA_DIR: ${dir} (the default, as DATA_DIR is not set – the server must use the same folder)`,
  freshDatabase:
    "Note: there was no database in this folder; it has just been created. If your server runs " +
    "with another DATA_DIR, it does not know this account: run the command again with " +
    "DATA_DIR=<the server's folder> in front.",
  signIn: (url, email) => `Sign in: ${url} with ${email} and the password given.`,
  firstRun: (publicUrl, command) =>
    "First start: a welcome topic was created. " +
    `Create the manager's account now, before you share ${publicUrl}: ${command} – ` +
    "otherwise someone else could register the office's e-mail address first and hold that account.",
  invalidInput: (lines) => `Please check:\n${lines}`,
  accountExists: (email, managers) =>
    `There is already ${managers ? "a manager's account" : "an account"} for ${email}. Nothing was changed.\n` +
    "If this account should belong to the neighbourhood manager, repeat the command with --promote:\n" +
    "it then becomes the manager's account, name and password become the ones given,\n" +
    "and all its sign-ins end. Whoever registered with this address is signed out\n" +
    "and cannot get in with the old password any more.",
};
