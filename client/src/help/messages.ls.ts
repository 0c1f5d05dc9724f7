import type { HelpMessages } from "./messages.types.ts";

/** Leichte Sprache (de-x-ls) messages of the accessibility statement, its feedback form and the help page. */
export const helpLs: HelpMessages = {
  "a11y.title": "Erklärung zur Barriere-Freiheit",
  "a11y.intro":
    "Barriere-Freiheit heißt: Alle Menschen können Quer gut benutzen. Auch Menschen mit Behinderung. Das möchte {office}. Diese Erklärung gilt für Quer unter {site}.",
  "a11y.standard.heading": "Diese Regeln gelten",
  "a11y.standard.text":
    "Es gibt ein Gesetz für Barriere-Freiheit im Internet. Das Gesetz heißt: Barriere-freie Informations-Technik-Verordnung. Die Abkürzung ist BITV 2.0. Das Gesetz sagt: Quer muss sich an eine Regel aus Europa halten. Die Regel heißt EN 301 549. Diese Regel sagt: Quer muss die Regeln WCAG 2.1 in der Stufe AA erfüllen.",
  "a11y.status.heading": "So barriere-frei ist Quer",
  "a11y.status.text":
    "Quer ist zum Teil barriere-frei. Quer erfüllt die meisten Regeln. Diese Teile sind noch nicht barriere-frei:",
  "a11y.limit.signLanguage":
    "Es gibt noch keine Erklärungen in Deutscher Gebärden-Sprache. Die Hilfe „So geht's“ gibt es nur als Text mit Bildern.",
  "a11y.limit.languages":
    "Es gibt Texte in Leichter Sprache. Eine Prüf-Gruppe hat diese Texte noch nicht gelesen. Es gibt auch Texte auf Türkisch, Arabisch, Ukrainisch und Russisch. Menschen mit diesen Sprachen haben die Texte noch nicht geprüft.",
  "a11y.limit.contributions":
    "Menschen schreiben ihre Ideen, Kommentare und Beschreibungen selbst. Diese Texte bleiben so, wie die Menschen sie geschrieben haben. Es gibt sie nicht in anderen Sprachen. Und es gibt sie nicht in Leichter Sprache.",
  "a11y.limit.cowriting":
    "Manchmal schreiben mehrere Menschen zur gleichen Zeit an einem Text. Ein Vorlese-Programm liest die Änderungen von den anderen dann nicht einzeln vor.",
  "a11y.limit.pictures":
    "Die Bilder auf der Seite „So geht's“ zeigen Quer auf Deutsch. Das ist auch so, wenn du eine andere Sprache gewählt hast.",
  "a11y.limit.timer":
    "Im Workshop kann die Workshop-Leitung eine Zeit für einen Schritt einstellen. Nur die Workshop-Leitung kann die Zeit länger machen. Du brauchst mehr Zeit? Dann sag es der Workshop-Leitung.",
  "a11y.made.heading": "So ist diese Erklärung entstanden",
  "a11y.made.text":
    "Wir haben diese Erklärung am {date} geschrieben. Zuletzt haben wir sie am {checked} geprüft. Wir haben Quer selbst geprüft. Ein Computer-Programm prüft jede Seite von Quer. Das Programm heißt axe-core. Es prüft die Seiten auf Deutsch und auf Arabisch. Andere Prüfungen zeigen: Die wichtigsten Aufgaben gehen nur mit der Tastatur.",
  "a11y.feedback.heading": "Barrieren melden",
  "a11y.feedback.text":
    "Du kannst etwas in Quer nicht gut benutzen? Oder du brauchst eine Information in einer anderen Form? Dann schreib an {office}. Benutz dafür dieses Formular. Schreib deine E-Mail-Adresse dazu. Dann antworten wir dir in 1 Monat.",
  "a11y.enforcement.heading": "Hilfe bei Streit: Die Schlichtungs-Stelle",
  "a11y.enforcement.text":
    "Du hast keine Antwort auf deine Nachricht bekommen? Oder du bist mit der Antwort nicht zufrieden? Dann kannst du dich an eine Stelle in Baden-Württemberg wenden. Die Stelle heißt: Ombuds-Stelle für barriere-freie Informations-Technik. Die Stelle ist bei der Landes-Behinderten-Beauftragten. Die Stelle hilft dir und {office}. Zusammen findet ihr eine Lösung.",
  "a11y.toHelp": "So funktioniert Quer: Das steht auf der Seite „So geht's“.",

  "feedback.heading": "Nachricht schreiben",
  "feedback.message": "Deine Nachricht",
  "feedback.messageHint": "Was hat nicht geklappt? Wo war das? Du kannst höchstens {max} Zeichen schreiben.",
  "feedback.page": "Um welche Seite geht es? (Das musst du nicht ausfüllen.)",
  "feedback.pageHint":
    "Schreib den Teil von der Adresse nach dem Namen von der Internet-Seite. Zum Beispiel: /hilfe",
  "feedback.replyTo": "Deine E-Mail-Adresse für eine Antwort (Das musst du nicht ausfüllen.)",
  "feedback.replyToHint": "Wir können dir nur mit einer E-Mail-Adresse antworten.",
  "feedback.submit": "Nachricht schicken",
  "feedback.sent": "Danke! Das Quartiers-Büro hat deine Nachricht bekommen.",
  "feedback.sentReply": "Wir antworten dir an {email}.",
  "feedback.another": "Noch eine Nachricht schreiben",
  "feedback.pageFormat":
    "Bitte schreib nur den Teil von der Adresse ab dem ersten Schräg-Strich. Zum Beispiel: /hilfe",

  "help.title": "So geht's",
  "help.intro":
    "Hier steht Schritt für Schritt: So machst du bei Quer mit. Die Bilder zeigen die Seiten auf einem Handy.",
  "help.residents.heading": "Mitmachen im Viertel",
  "help.guests.heading": "Mitmachen im Workshop",
  "help.guests.intro":
    "Workshop: Das ist ein Treffen. Dort sammeln alle zusammen Ideen. Im Workshop brauchst du kein Konto. Du brauchst nur den Code. Die Workshop-Leitung zeigt dir den Code.",
  "help.picturesNote": "Die Bilder zeigen Quer auf Deutsch.",
  "help.signup.heading": "Konto anlegen",
  "help.signup.text":
    "Tipp oben auf „Konto anlegen“. Schreib deinen Namen hin. Schreib deine E-Mail-Adresse hin. Denk dir ein Pass-Wort aus. Dein Name steht später bei deinen Ideen.",
  "help.signup.alt": "Die Seite „Konto anlegen“. Dort sind die Felder Name, E-Mail-Adresse und Pass-Wort.",
  "help.post.heading": "Eine Idee schicken",
  "help.post.text":
    "Öffne ein Thema. Tipp auf „Idee schicken“. Schreib bei „Überschrift“ deine Idee in wenigen Wörtern. Bei „Beschreibung“ kannst du mehr erklären. Dann tipp unten auf „Idee schicken“.",
  "help.post.alt": "Das Formular für eine neue Idee. Dort sind die Felder Überschrift und Beschreibung.",
  "help.vote.heading": "Für eine Idee stimmen",
  "help.vote.text":
    "Dir gefällt eine Idee? Dann tipp auf „Ich bin dafür“. Die Zahl zeigt: So viele Menschen finden die Idee gut. Du tippst noch einmal? Dann nimmst du deine Stimme zurück.",
  "help.vote.alt": "Eine Idee mit dem Knopf „Ich bin dafür“ und der Zahl von den Stimmen.",
  "help.comment.heading": "Einen Kommentar schreiben",
  "help.comment.text":
    "Unter jeder Idee stehen Kommentare. Ein Kommentar ist deine Meinung zu einer Idee. Oder deine Frage zu einer Idee. Schreib deinen Kommentar in das Feld. Dann tipp auf „Kommentar schicken“.",
  "help.comment.alt": "Das Feld für einen Kommentar unter einer Idee.",
  "help.cowrite.heading": "Zusammen schreiben",
  "help.cowrite.text":
    "Du kannst deine Idee später noch ändern. Du kannst auch andere Menschen zum Mitschreiben einladen. Dann schreibt ihr zur gleichen Zeit am gleichen Text.",
  "help.cowrite.alt":
    "Eine eigene Idee. Dort ist der Text zum Ändern. Und dort sind die Menschen, die mitschreiben.",
  "help.follow.heading": "Das passiert mit deiner Idee",
  "help.follow.text":
    "Das Quartiers-Büro antwortet auf jede Idee. Tipp auf „Meine Beiträge“. Dort siehst du den Stand von deinen Ideen. Tipp auf „Nachrichten“. Dort steht jede Antwort.",
  "help.follow.alt": "Die Seite „Meine Beiträge“ mit einer Idee und ihrem Stand.",
  "help.join.heading": "Mit einem Code mitmachen",
  "help.join.text":
    "Die Workshop-Leitung zeigt eine Adresse. Öffne die Adresse. Oder scan den QR-Code mit dem Handy. Schreib den Code hin. Du kannst auch deinen Namen hinschreiben. Dann tipp auf „Mitmachen“.",
  "help.join.alt": "Die Seite zum Mitmachen mit den Feldern Code und Name.",
  "help.card.heading": "Eine Idee im Workshop schicken",
  "help.card.text":
    "Schreib deine Idee in 1 Satz in das Feld. Dann tipp auf „Idee schicken“. Deine Idee ist sofort auf der großen Wand zu sehen.",
  "help.card.alt": "Das Handy im Workshop mit dem Feld für eine neue Idee.",
  "help.dots.heading": "Mit Punkten abstimmen",
  "help.dots.text":
    "Beim Abstimmen hast du ein paar Punkte. Gib die Punkte den Ideen, die dir am wichtigsten sind. Mit Plus gibst du einer Idee 1 Punkt. Mit Minus nimmst du den Punkt wieder weg.",
  "help.dots.alt": "Ideen im Workshop mit den Knöpfen Plus und Minus. Damit verteilst du die Punkte.",
  "help.more":
    "Dir ist etwas nicht klar? Oder etwas geht für dich nicht? Dann schreib uns. Das Formular ist auf der Seite „Erklärung zur Barriere-Freiheit“.",
};
