/**
 * The welcome board an empty Quer starts with, per language: written once, in the
 * office's language at first start; afterwards it is the office's own board.
 */
export interface WelcomeMessages {
  title: string;
  description: string;
  categories: string[];
}
