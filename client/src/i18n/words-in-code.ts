import ts from "typescript";

/**
 * Finds words meant for people written in code: string literals, template texts and
 * JSX text that read like German or English sentences. Every such text belongs in a
 * catalogue (`messages.*.ts`, `i18n/<code>.ts`), so it can be said in each language.
 *
 * What counts: a text with an umlaut or ß, or a capitalised word followed by more words
 * and sentence punctuation ("Bitte warte kurz.", "Not found."). Keys, class names, SQL,
 * paths and ids do not look like that.
 */
const UMLAUT = /[äöüÄÖÜß]/;
const SENTENCE = /\p{Lu}\p{Ll}+(?:[ \t]+[\p{L}\p{N},;:'’()-]+)+[.!?…]/u;

export function looksLikeWords(text: string): boolean {
  return UMLAUT.test(text) || SENTENCE.test(text);
}

/** Loggers' and consoles' methods: their lines are for whoever runs the server. */
const LOG_METHODS = new Set(["debug", "info", "warn", "error", "fatal", "trace", "log"]);
/** Errors for developers, never shown: an AppError is how a person is told. */
const DEVELOPER_ERRORS = new Set(["Error", "TypeError", "RangeError"]);
/** Properties read by the operator's tools: a metric's description. */
const OPERATOR_PROPERTIES = new Set(["help"]);

/** Whether a literal is said to the operator or a developer rather than to a person using Quer. */
function notForPeople(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) {
      return true;
    }
    if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression)) {
      if (DEVELOPER_ERRORS.has(parent.expression.text)) return true;
    }
    if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression)) {
      if (LOG_METHODS.has(parent.expression.name.text) && parent.arguments.includes(at as ts.Expression)) {
        return true;
      }
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === at && ts.isIdentifier(parent.name)) {
      if (OPERATOR_PROPERTIES.has(parent.name.text)) return true;
    }
    // Only the literal's own expression counts, not a statement around it.
    if (ts.isStatement(parent) || ts.isFunctionLike(parent)) return false;
  }
  return false;
}

export interface Finding {
  line: number;
  text: string;
}

/** The texts in one source file that read like words for people. */
export function wordsInCode(fileName: string, source: string): Finding[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!looksLikeWords(text) || notForPeople(node)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ line: line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      // The template's words around its placeholders, read as one text.
      report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("x"));
    } else if (ts.isJsxText(node)) report(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
