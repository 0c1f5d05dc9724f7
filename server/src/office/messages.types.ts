/** What the office's routes say, per language. */
export interface OfficeMessages {
  /** The office's name until the manager sets one. */
  defaultName: string;
  onlyManager: string;
  tooLarge: (maxKb: number) => string;
  /** A Content-Type other than PNG, JPEG or WebP, or bytes that are no such picture. */
  notAPicture: string;
  empty: string;
  /** A logo needs a description for people who do not see it. */
  altNeeded: string;
  noLogo: string;
  rateLimited: string;
}
