/** What the account's own answers say, per language. */
export interface AccountMessages {
  /** In the data export: why it lists co-written ideas instead of this person's words in them. */
  cowritingNote: string;
  /** The name shown for someone whose account was deleted (the audit log's actor). */
  deletedAccount: string;
  /** The data export's file name, without its extension. */
  exportFileName: string;
}
