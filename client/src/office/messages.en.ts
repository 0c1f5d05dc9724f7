import type { OfficeMessages } from "./messages.types.ts";

/** English messages of the office's settings, typed against the German ones. */
export const officeEn: OfficeMessages = {
  "office.manageLink": "Office & logo",
  "office.manageLinkText": "Change the office's name and logo",
  "office.title": "Office & logo",
  "office.intro":
    "The name and logo are at the top of every page. The name stays as you write it, in every language.",
  "office.onlyManager": "The office's name and logo are set by the neighbourhood manager.",
  "office.name.heading": "Name",
  "office.name.label": "Name of the office",
  "office.name.hint": "One line, at most {max} characters.",
  "office.name.empty": "Please enter a name.",
  "office.name.tooLong": "The name is too long: at most {max} characters.",
  "office.name.save": "Save name",
  "office.name.saved": "The name is saved: {name}.",
  "office.logo.heading": "Logo",
  "office.logo.current": "This is the logo now:",
  "office.logo.none": "No logo yet. Without one, only the name is shown at the top.",
  "office.logo.file": "Picture file",
  "office.logo.fileHint":
    "PNG, JPEG or WebP, at most {max} KB. It is shown 40 pixels high at the top; a picture 80 to 160 pixels high stays sharp.",
  "office.logo.preview": "Preview of the chosen file:",
  "office.logo.alt": "Description of the logo",
  "office.logo.altHint": "For people who cannot see the picture, e.g. “Logo: a Q in a green circle”.",
  "office.logo.altMissing": "Please describe the logo in a few words.",
  "office.logo.noFile": "Please choose a picture file first.",
  "office.logo.wrongType":
    "This is not a PNG, JPEG or WebP picture. SVG is not possible because it can contain scripts.",
  "office.logo.tooLarge": "The picture is too large: at most {max} KB.",
  "office.logo.save": "Save logo",
  "office.logo.saveAlt": "Save description",
  "office.logo.saved": "The new logo is saved.",
  "office.logo.altSaved": "The description of the logo is saved.",
  "office.logo.removeButton": "Remove logo",
  "office.logo.removed": "The logo is removed.",
  "office.locale.heading": "Language of the office",
  "office.locale.label": "Language for emails",
  "office.locale.hint":
    "People who have not chosen a language yet get emails in this language. Whoever chooses a language gets emails in theirs.",
  "office.locale.save": "Save language",
  "office.locale.saved": "The office's language is saved: {language}.",
  "office.busy": "Saving …",
};
