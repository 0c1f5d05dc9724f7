/**
 * A tiny Markdown reader for the minutes: headings (#, ##, ###), bullet lists (- or *)
 * and paragraphs. It returns plain data; the page renders it as text nodes, so nothing
 * in the input can become markup. Backslash escapes (`\*`) are undone.
 */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "paragraph"; text: string };

const unescapeMd = (text: string) => text.replace(/\\([\\`*_[\]<>#|{}()+\-.!])/g, "$1");

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: unescapeMd(paragraph.join(" ")) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: "list", items: list });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (line === "") {
      endParagraph();
      endList();
    } else if (heading) {
      endParagraph();
      endList();
      const level = Math.min(3, heading[1]?.length ?? 1) as 1 | 2 | 3;
      blocks.push({ kind: "heading", level, text: unescapeMd(heading[2] ?? "") });
    } else if (item) {
      endParagraph();
      list ??= [];
      list.push(unescapeMd(item[1] ?? ""));
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}
