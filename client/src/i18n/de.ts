import type { accountDe } from "../account/messages.de.ts";
import type { commentsDe } from "../comments/messages.de.ts";
import type { cowritingDe } from "../cowriting/messages.de.ts";
import type { helpDe } from "../help/messages.de.ts";
import type { moderationDe } from "../moderation/messages.de.ts";
import type { notificationsDe } from "../notifications/messages.de.ts";
import type { officeDe } from "../office/messages.de.ts";
import type { passwordDe } from "../password/messages.de.ts";
import type { projectsDe } from "../projects/messages.de.ts";
import type { workshopsDe } from "../workshops/messages.de.ts";

/**
 * German catalogue, in the entry script: with the features' German catalogues (which
 * their pages add when they load, see `addGerman`) the source of truth for message keys.
 * Other catalogues are typed against them, so a missing key fails the typecheck. `{name}`
 * marks a parameter.
 */
export const de = {
  "app.name": "Quer",
  "app.footer": "Quer – {office}",
  "app.footer.nav": "Weitere Seiten",
  "app.footer.accessibility": "Erklärung zur Barrierefreiheit",
  "app.footer.help": "So geht's",
  "app.title": "{page} – {office}",
  "app.skip": "Zum Inhalt springen",
  "app.loading": "Wird geladen …",
  "app.notFound.title": "Seite nicht gefunden",
  "app.notFound.text": "Diese Seite gibt es nicht (mehr).",
  "app.toBoards": "Zur Übersicht der Themen",

  "nav.label": "Hauptnavigation",
  "nav.boards": "Themen",
  "nav.manage": "Verwalten",
  "nav.login": "Anmelden",
  "nav.signup": "Registrieren",
  "nav.logout": "Abmelden",
  "nav.signedInAs": "Angemeldet als {name}",
  "nav.menu": "Menü",
  "nav.guestAs": "Du bist dabei als {name}",
  "nav.leave": "Verlassen",
  "nav.language": "Sprache",

  "conn.live": "Live verbunden",
  "conn.connecting": "Verbindung wird aufgebaut …",
  "conn.reconnecting": "Verbindung unterbrochen – neuer Versuch …",
  "conn.offline": "Offline – du siehst den letzten Stand",
  "conn.closed": "Live-Verbindung beendet – bitte Seite neu laden",

  "error.network": "Keine Verbindung zum Server. Bitte prüfe deine Internetverbindung.",
  "error.invalid": "Bitte prüfe deine Eingaben.",
  "error.unauthenticated": "Bitte melde dich an.",
  "error.forbidden": "Das darfst du hier nicht.",
  "error.blocked": "Dein Konto ist gesperrt. Wende dich an {contact}.",
  "error.not_found": "Das gibt es nicht (mehr).",
  "error.conflict": "Das geht gerade nicht.",
  "error.too_large": "Der Text ist zu lang.",
  "error.rate_limited": "Zu viele Versuche. Bitte warte einen Moment.",
  "error.unavailable": "Der Server kann gerade nichts speichern. Bitte versuche es später noch einmal.",
  "error.internal": "Ein Fehler ist aufgetreten. Bitte versuche es später noch einmal.",
  "error.wrongAddress": "Öffne Quer unter {url} – unter dieser Adresse gehen Anmelden und Ändern nicht.",
  "error.summary": "Das hat nicht geklappt:",

  "address.wrong": "Öffne Quer unter {url}.",
  "address.wrongWhy": "Unter dieser Adresse gehen Anmelden und Ändern nicht.",
  "address.go": "Dorthin wechseln",

  "field.required": "Bitte ausfüllen.",
  "field.minLength": "Bitte mindestens {n} Zeichen eingeben.",
  "field.maxLength": "Bitte höchstens {n} Zeichen eingeben.",
  "field.email": "Bitte eine gültige E-Mail-Adresse angeben.",
  "field.optional": "(freiwillig)",

  "auth.login.title": "Anmelden",
  "auth.login.submit": "Anmelden",
  "auth.login.wrong": "E-Mail-Adresse oder Passwort stimmt nicht.",
  "auth.login.noAccount": "Noch kein Konto?",
  "auth.signup.title": "Konto anlegen",
  "auth.signup.submit": "Konto anlegen",
  "auth.signup.exists": "Mit dieser E-Mail-Adresse gibt es schon ein Konto. Bitte melde dich an.",
  "auth.signup.haveAccount": "Schon ein Konto?",
  "auth.signup.intro":
    "Mit einem Konto kannst du Ideen teilen und abstimmen. Wir speichern nur das Nötigste.",
  "auth.email": "E-Mail-Adresse",
  "auth.password": "Passwort",
  "auth.password.hint": "Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken.",
  "auth.name": "Name",
  "auth.name.hint": "Wird bei deinen Ideen angezeigt. Ein Vorname reicht.",
  "auth.busy": "Einen Moment …",

  "boards.title": "Themen",
  "boards.intro": "Teile deine Ideen für das Viertel, melde Probleme und stimme ab.",
  "boards.empty": "Noch keine Themen.",
  "boards.emptyNext": "Sobald das Quartiersbüro ein Thema aufmacht, findest du es hier.",
  "boards.ideaCount.one": "{n} Idee",
  "boards.ideaCount.other": "{n} Ideen",
  "boards.loadError": "Die Themen konnten nicht geladen werden.",

  "board.share": "Idee teilen",
  "board.showMore": "Weitere Ideen zeigen ({n} noch nicht angezeigt)",
  "board.shareSignIn": "Zum Teilen einer Idee anmelden",
  "board.postingClosed": "Zu diesem Thema kann gerade nichts gepostet werden.",
  "board.controls": "Sortieren und filtern",
  "board.controls.toggle": "Filter und Sortierung",
  "board.controls.active.one": "{n} Filter aktiv",
  "board.controls.active.other": "{n} Filter aktiv",
  "board.sort": "Sortieren nach",
  "board.sort.votes": "Meiste Stimmen",
  "board.sort.newest": "Neueste",
  "board.filter.kind": "Art",
  "board.filter.category": "Kategorie",
  "board.filter.all": "Alle",
  "board.count.one": "{n} Beitrag",
  "board.count.other": "{n} Beiträge",
  "board.empty": "Hier gibt es noch keine Beiträge. Teile die erste Idee!",
  "board.emptyFiltered": "Keine Beiträge passen zu diesem Filter.",
  "board.newIdea": "Neue Idee: {title}",
  "board.newProblem": "Neues Problem: {title}",
  "board.loadError": "Dieses Thema konnte nicht geladen werden.",
  "board.ideas": "Beiträge",
  "board.live.hold": "Live-Änderungen anhalten",
  "board.live.resume": "Live-Änderungen fortsetzen",
  "board.live.held": "Live-Änderungen sind angehalten. Neue Beiträge warten, bis du fortsetzt.",
  "board.live.resumed": "Live-Änderungen laufen wieder.",
  "board.live.heldNote": "Angehalten: Die Liste bleibt, wie sie ist.",
  "board.live.waiting.one": "Angehalten: {n} neuer Beitrag wartet.",
  "board.live.waiting.other": "Angehalten: {n} neue Beiträge warten.",

  "idea.kind.idea": "Idee",
  "idea.kind.problem": "Problem",
  "idea.status.new": "Neu",
  "idea.status.reviewing": "Wird geprüft",
  "idea.status.accepted": "Angenommen",
  "idea.status.project": "Projekt",
  "idea.status.done": "Umgesetzt",
  "idea.status.declined": "Abgelehnt",
  "idea.status.forwarded": "Weitergeleitet",
  "idea.statusLabel": "Status: {status}",
  "idea.by": "von {name}",
  "idea.byWith": "von {name}, mit {others}",
  "idea.live.status": "Neuer Status: {status}",
  "idea.live.coauthors": "Es schreiben jetzt mit: {names}",
  "idea.live.noCoauthors": "Niemand schreibt mehr mit.",
  "idea.live.project": "Aus dieser Idee ist ein Projekt geworden.",
  "idea.live.hidden": "Diese Idee wurde ausgeblendet.",
  "idea.live.shown": "Diese Idee ist wieder öffentlich.",
  "idea.live.merged": "Diese Idee wurde mit einer anderen zusammengeführt.",
  "idea.live.gone": "Diese Idee ist nicht mehr öffentlich.",
  "idea.pending": "Wartet auf Freigabe – noch nicht öffentlich",
  "idea.hidden": "Ausgeblendet – nicht öffentlich. Grund: {reason}",
  "idea.votes.one": "{n} Stimme",
  "idea.votes.other": "{n} Stimmen",
  "idea.votesHidden": "Stimmen werden später gezeigt",
  "idea.comments.one": "{n} Kommentar",
  "idea.comments.other": "{n} Kommentare",
  "idea.back": "Zurück zum Thema",
  "idea.reason": "Begründung: {reason}",
  "idea.contact": "Ansprechstelle: {office}",
  "idea.history": "Verlauf",
  "idea.noBody": "Keine Beschreibung.",
  "idea.loadError": "Diese Idee konnte nicht geladen werden.",
  "idea.more": "Mehr zu „{title}“",

  "vote.up": "Unterstützen",
  "vote.done": "Unterstützt",
  "vote.undoHint": "Nochmal tippen zum Zurücknehmen",
  "vote.signIn": "Zum Abstimmen anmelden",
  "vote.failed": "Deine Stimme konnte nicht gespeichert werden.",

  "post.title": "Idee teilen",
  "post.intro": "Beschreibe kurz, was du dir wünschst oder was dich stört.",
  "post.field.title": "Titel",
  "post.field.title.hint": "Kurz und klar, z. B. „Bank am Spielplatz“.",
  "post.field.body": "Beschreibung",
  "post.field.kind": "Was möchtest du teilen?",
  "post.field.category": "Kategorie",
  "post.field.category.none": "Keine Kategorie",
  "post.submit": "Veröffentlichen",
  "post.preModerated":
    "Gut zu wissen: Beiträge zu diesem Thema schaut sich das Quartiersbüro zuerst an. Danach erscheinen sie für alle.",
  "posted.pending": "Danke! Dein Beitrag wird geprüft und erscheint danach für alle.",
  "posted.public":
    "Danke! Dein Beitrag ist jetzt für alle sichtbar. Das Quartiersbüro antwortet auf jeden Beitrag.",
  "posted.notify": "Wenn sich etwas tut, bekommst du eine Benachrichtigung.",
  "posted.follow": "Meine Beiträge ansehen",
  "posted.yours": "Dein Beitrag",
  "post.signIn": "Um eine Idee zu teilen, melde dich bitte an oder lege ein Konto an.",

  "manage.title": "Themen verwalten",
  "manage.onlyManager": "Diese Seite ist nur für die Quartiersmanagerin. Danke für dein Verständnis!",
  "manage.list": "Alle Themen",
  "manage.edit": "„{title}“ bearbeiten",
  "manage.editButton": "Bearbeiten",
  "manage.create": "Neues Thema anlegen",
  "manage.createSubmit": "Thema anlegen",
  "manage.saveSubmit": "Änderungen speichern",
  "manage.cancel": "Abbrechen",
  "manage.created": "Thema „{title}“ angelegt.",
  "manage.saved": "Thema „{title}“ gespeichert.",
  "manage.nothingChanged": "Es gibt nichts zu speichern.",
  "manage.field.title": "Titel",
  "manage.field.description": "Beschreibung",
  "manage.field.mode": "Art des Themas",
  "manage.mode.open": "Ideenwand (offen für alle)",
  "manage.mode.workshop": "Workshop (live)",
  "manage.field.moderation": "Moderation",
  "manage.moderation.post": "Sofort sichtbar, danach prüfen",
  "manage.moderation.pre": "Erst prüfen, dann sichtbar",
  "manage.field.voting": "Abstimmung",
  "manage.voting.up": "Unterstützen (eine Stimme pro Idee)",
  "manage.voting.dots": "Punkte verteilen",
  "manage.field.dots": "Punkte pro Person",
  "manage.field.categories": "Kategorien",
  "manage.field.categories.hint": "Durch Kommas getrennt, z. B. Verkehr, Kultur, Sonstiges.",
  "manage.field.visibility": "Sichtbarkeit",
  "manage.visibility.public": "Öffentlich",
  "manage.visibility.private": "Nur für Teilnehmende",
  "manage.field.postingOpen": "Neue Beiträge erlauben",
  "manage.duplicateCategory": "Jede Kategorie nur einmal.",

  // Shown by the header and the board page; the rest of these features' German messages
  // load with their pages (each feature's messages.ts).
  "moderation.nav.link": "Moderation",
  "moderation.nav.open.one": "{n} offen",
  "moderation.nav.open.other": "{n} offen",
  "moderation.nav.waitingShort": "Wartet auf Antwort",
  "moderation.waiting.count.one": "{n} Beitrag wartet auf Antwort",
  "moderation.waiting.count.other": "{n} Beiträge warten auf Antwort",
  "board.answerTime.one": "Das Büro antwortet meist innerhalb von {n} Tag.",
  "board.answerTime.other": "Das Büro antwortet meist innerhalb von {n} Tagen.",
  "ws.board.toWorkshop": "Zur Workshop-Ansicht",
  "ws.board.facilitate": "Workshop leiten",
  "account.nav": "Meine Daten",
  "nav.myIdeas": "Meine Beiträge",
  "notifications.link": "Benachrichtigungen",
  "notifications.unread.one": "{n} ungelesen",
  "notifications.unread.other": "{n} ungelesen",
  "notifications.arrived.one": "Neue Benachrichtigung: {n} ungelesen",
  "notifications.arrived.other": "Neue Benachrichtigung: {n} ungelesen",
  "fund.left": "Quartiersfonds {year}: noch {left} von {amount} frei.",
  "fund.what":
    "Der Quartiersfonds ist Geld für kleine Projekte aus der Nachbarschaft: Gute Ideen von hier können damit umgesetzt werden.",
} as const;

/** Every message key: the core catalogue's and those of the features that load their own. */
export type MessageKey =
  | keyof typeof de
  | keyof typeof accountDe
  | keyof typeof commentsDe
  | keyof typeof cowritingDe
  | keyof typeof helpDe
  | keyof typeof moderationDe
  | keyof typeof notificationsDe
  | keyof typeof officeDe
  | keyof typeof passwordDe
  | keyof typeof projectsDe
  | keyof typeof workshopsDe;
export type Catalogue = Record<MessageKey, string>;
