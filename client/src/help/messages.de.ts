/**
 * German messages of the accessibility statement, its feedback form and the help page
 * "So geht's": the source of truth for the feature's keys. The help page is written in
 * plain language: short sentences, one step each, the words the app itself uses.
 */
export const helpDe = {
  "a11y.title": "Erklärung zur Barrierefreiheit",
  "a11y.intro":
    "{office} möchte, dass alle Menschen Quer gut nutzen können. Diese Erklärung gilt für Quer unter {site}.",
  "a11y.standard.heading": "Welche Anforderungen gelten",
  "a11y.standard.text":
    "Quer soll barrierefrei sein nach der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0). Sie verweist auf die europäische Norm EN 301 549. Diese verlangt die Web Content Accessibility Guidelines (WCAG) 2.1 in der Stufe AA.",
  "a11y.status.heading": "Wie barrierefrei Quer ist",
  "a11y.status.text":
    "Quer ist teilweise barrierefrei. Die meisten Anforderungen sind erfüllt. Die folgenden Teile sind noch nicht barrierefrei:",
  "a11y.limit.signLanguage":
    "Es gibt noch keine Erklärungen in Deutscher Gebärdensprache. Die Hilfe „So geht's“ gibt es nur als Text mit Bildern.",
  "a11y.limit.languages":
    "Die Texte in Leichter Sprache hat noch keine Prüfgruppe gelesen. Menschen mit Türkisch, Arabisch, Ukrainisch oder Russisch als Muttersprache haben die Übersetzungen noch nicht geprüft.",
  "a11y.limit.contributions":
    "Ideen, Kommentare und Beschreibungen schreiben Menschen selbst. Sie werden nicht übersetzt und nicht in Leichte Sprache übertragen.",
  "a11y.limit.cowriting":
    "Wenn mehrere Menschen gleichzeitig an einem Text schreiben, sagt ein Screenreader die Änderungen der anderen nicht einzeln an.",
  "a11y.limit.pictures":
    "Die Bilder auf der Hilfe-Seite zeigen die deutsche Fassung von Quer, auch wenn du eine andere Sprache gewählt hast.",
  "a11y.limit.timer":
    "Im Live-Workshop kann die Moderation eine Zeit für einen Schritt stellen. Verlängern kann sie nur die Moderation. Sag ihr Bescheid, wenn du mehr Zeit brauchst.",
  "a11y.made.heading": "Wie diese Erklärung entstanden ist",
  "a11y.made.text":
    "Diese Erklärung wurde am {date} erstellt. Zuletzt überprüft wurde sie am {checked}. Grundlage ist eine Selbstbewertung: Automatische Tests prüfen die Seiten und ihre wichtigsten Zustände im Browser mit axe-core. Weitere Tests erledigen die wichtigsten Aufgaben nur mit der Tastatur.",
  "a11y.feedback.heading": "Barrieren melden: Rückmeldung und Kontakt",
  "a11y.feedback.text":
    "Ist dir etwas aufgefallen, das du nicht gut nutzen kannst? Oder brauchst du eine Information in einer anderen Form? Schreib an {office} über dieses Formular. Wenn du eine E-Mail-Adresse angibst, antworten wir dir innerhalb eines Monats.",
  "a11y.enforcement.heading": "Schlichtungsverfahren",
  "a11y.enforcement.text":
    "Hast du auf deine Rückmeldung keine Antwort bekommen, oder bist du mit der Antwort nicht zufrieden? Dann kannst du dich an die Ombudsstelle für barrierefreie Informationstechnik bei der Landes-Behindertenbeauftragten Baden-Württemberg wenden. Sie hilft dabei, mit {office} eine Lösung zu finden.",
  "a11y.toHelp": "Wie Quer funktioniert, steht auf der Seite „So geht's“.",

  "feedback.heading": "Rückmeldung schreiben",
  "feedback.message": "Deine Nachricht",
  "feedback.messageHint": "Was hat nicht geklappt? Wo war das? Höchstens {max} Zeichen.",
  "feedback.page": "Um welche Seite geht es? (freiwillig)",
  "feedback.pageHint": "Der Teil der Adresse nach dem Namen der Website, zum Beispiel /hilfe.",
  "feedback.replyTo": "Deine E-Mail-Adresse für eine Antwort (freiwillig)",
  "feedback.replyToHint": "Ohne Adresse können wir dir nicht antworten.",
  "feedback.submit": "Nachricht senden",
  "feedback.sent": "Danke! Deine Nachricht ist beim Quartiersbüro angekommen.",
  "feedback.sentReply": "Wir antworten dir an {email}.",
  "feedback.another": "Noch eine Nachricht schreiben",
  "feedback.pageFormat": "Bitte nur den Teil der Adresse ab dem ersten Schrägstrich, zum Beispiel /hilfe.",

  "help.title": "So geht's",
  "help.intro":
    "Hier steht Schritt für Schritt, wie du bei Quer mitmachst. Die Bilder zeigen die Seiten, wie sie auf einem Handy aussehen.",
  "help.residents.heading": "Mitmachen im Viertel",
  "help.guests.heading": "Mitmachen im Workshop",
  "help.guests.intro":
    "Im Workshop brauchst du kein Konto. Du brauchst nur den Code, den die Moderation zeigt.",
  "help.picturesNote": "Die Bilder zeigen Quer auf Deutsch.",
  "help.signup.heading": "Konto anlegen",
  "help.signup.text":
    "Tippe oben auf „Registrieren“. Auf dem Handy steht es im „Menü“. Schreib deinen Namen, deine E-Mail-Adresse und ein Passwort. Dein Name steht später bei deinen Ideen.",
  "help.signup.alt": "Die Seite „Konto anlegen“ mit den Feldern Name, E-Mail-Adresse und Passwort.",
  "help.post.heading": "Eine Idee teilen",
  "help.post.text":
    "Öffne ein Thema. Tippe auf „Idee teilen“. Schreib bei „Titel“ deine Idee in wenigen Worten. Bei „Beschreibung“ kannst du mehr erklären. Dann tippe auf „Veröffentlichen“.",
  "help.post.alt": "Das Formular für eine neue Idee mit Titel und Beschreibung.",
  "help.vote.heading": "Eine Idee unterstützen",
  "help.vote.text":
    "Gefällt dir eine Idee? Tippe auf „Unterstützen“. Die Zahl zeigt, wie viele Menschen die Idee gut finden. Noch einmal tippen nimmt deine Stimme zurück.",
  "help.vote.alt": "Eine Idee mit dem Knopf „Unterstützen“ und der Zahl der Stimmen.",
  "help.comment.heading": "Einen Kommentar schreiben",
  "help.comment.text":
    "Unter jeder Idee stehen Kommentare. Schreib deine Meinung oder eine Frage in das Feld. Dann tippe auf „Kommentieren“.",
  "help.comment.alt": "Das Feld für einen Kommentar unter einer Idee.",
  "help.cowrite.heading": "Gemeinsam schreiben",
  "help.cowrite.text":
    "Deine Idee kannst du später noch ändern. Du kannst auch andere Menschen zum Mitschreiben einladen. Dann schreibt ihr gleichzeitig am selben Text.",
  "help.cowrite.alt": "Eine eigene Idee mit dem Text zum Bearbeiten und den Menschen, die mitschreiben.",
  "help.follow.heading": "Verfolgen, was aus deiner Idee wird",
  "help.follow.text":
    "Das Quartiersbüro antwortet auf jede Idee. Unter „Meine Beiträge“ siehst du, wie weit deine Ideen sind. Bei „Benachrichtigungen“ steht jede Antwort.",
  "help.follow.alt": "Die Seite „Meine Beiträge“ mit einer Idee und ihrem Stand.",
  "help.join.heading": "Mit Code beitreten",
  "help.join.text":
    "Öffne die Adresse, die die Moderation zeigt, oder scanne den QR-Code. Schreib den Code und, wenn du magst, deinen Namen. Dann tippe auf „Mitmachen“.",
  "help.join.alt": "Die Seite zum Beitreten mit den Feldern Code und Name.",
  "help.card.heading": "Eine Karte schreiben",
  "help.card.text":
    "Schreib deine Idee in einem Satz in das Feld. Dann tippe auf „Idee abschicken“. Deine Karte erscheint sofort an der Leinwand.",
  "help.card.alt": "Der Handy-Bildschirm im Workshop mit dem Feld für eine neue Idee.",
  "help.dots.heading": "Mit Punkten abstimmen",
  "help.dots.text":
    "Beim Abstimmen hast du einige Punkte. Verteile sie auf die Ideen, die dir am wichtigsten sind. Mit Plus gibst du einen Punkt, mit Minus nimmst du ihn zurück.",
  "help.dots.alt": "Ideen im Workshop mit den Knöpfen Plus und Minus zum Verteilen der Punkte.",
  "help.more":
    "Etwas ist nicht klar, oder etwas funktioniert für dich nicht? Schreib uns über das Formular in der Erklärung zur Barrierefreiheit.",
};
