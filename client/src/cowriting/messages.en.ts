import type { CowritingMessages } from "./messages.types.ts";

/** English messages of the cowriting feature, typed against the German ones. */
export const cowritingEn: CowritingMessages = {
  "cowrite.heading": "Write together",
  "cowrite.hint": "Everyone sees what you write here at once. You can keep writing without internet, too.",
  "cowrite.title": "Title",
  "cowrite.body": "Description",
  "cowrite.undo": "Undo",
  "cowrite.redo": "Redo",
  "cowrite.saved": "Saved",
  "cowrite.saving": "Saving …",
  "cowrite.unsaved": "Not saved – will be sent as soon as you are back online",
  "cowrite.savedAgain": "Your changes are saved now.",
  "cowrite.writing": "Writing now:",
  "cowrite.alone": "Nobody else is writing right now.",
  "cowrite.joined": "{name} is writing along now.",
  "cowrite.left": "{name} stopped writing.",

  "coauthors.heading": "Co-authors",
  "coauthors.intro": "Besides {name}, these people may write the text.",
  "coauthors.none": "Nobody writes along yet.",
  "coauthors.remove": "Remove",
  "coauthors.add": "Add",
  "coauthors.already": "already writes along",
  "coauthors.search": "Find a person to write along",
  "coauthors.searchHint": "Type at least 2 letters of the name.",
  "coauthors.results": "People found",
  "coauthors.found.one": "{n} person found",
  "coauthors.found.other": "{n} people found",
  "coauthors.added": "{name} writes along now.",
  "coauthors.removed": "{name} no longer writes along.",

  "manage.field.coWriting": "Who may co-write ideas?",
  "manage.coWriting.authors": "Whoever shared the idea and the people they invite",
  "manage.coWriting.residents": "Everyone signed in",
};
