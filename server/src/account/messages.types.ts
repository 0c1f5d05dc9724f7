/** What a person's own data export says in words, per language. */
export interface AccountMessages {
  /** Why the export lists co-written ideas instead of this person's words in them. */
  cowritingNote: string;
}
