import { cookieName } from "../../server/src/auth/cookie.ts";
import { SessionStore } from "../../server/src/auth/sessions.ts";
import { createBoard } from "../../server/src/boards/service.ts";
import { openDatabase, type Sqlite } from "../../server/src/db/open.ts";
import { newId } from "../../server/src/ids.ts";

/**
 * Fills a data folder before the server starts on it: boards, people with sessions and
 * ideas straight through SQL, which is how a thousand-idea board gets made in a blink.
 * Board documents are not written here: the server reconciles them from SQL on first
 * load, exactly as it would after an import.
 */
export class Seeder {
  readonly sqlite: Sqlite;
  private readonly db;

  constructor(dataDir: string) {
    const opened = openDatabase(dataDir);
    this.sqlite = opened.sqlite;
    this.db = opened.db;
  }

  /** An open, public board with up-votes; `coWriting: residents` lets any resident co-write. */
  board(title: string, opts: { coWriting?: boolean } = {}): string {
    const row = createBoard(this.db, { title }, null);
    if (opts.coWriting)
      this.sqlite.prepare("update boards set co_writing = 'residents' where id = ?").run(row.id);
    return row.id;
  }

  /** Residents with a session each; returns their ids and Cookie header values. */
  residents(count: number, prefix = "Last"): { id: string; cookie: string }[] {
    const store = new SessionStore(this.db);
    const insert = this.sqlite.prepare(
      "insert into users (id, email, name, role, created_at) values (?, ?, ?, 'resident', ?)",
    );
    const name = cookieName({ secure: false });
    const out: { id: string; cookie: string }[] = [];
    this.sqlite.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = newId();
        insert.run(id, `${id}@example.org`, `${prefix} ${i}`, Date.now());
        out.push({ id, cookie: `${name}=${store.create(id).token}` });
      }
    })();
    return out;
  }

  /** `count` visible ideas on a board, with a short body so excerpts are realistic. */
  ideas(boardId: string, count: number, authorId: string | null): string[] {
    const insert = this.sqlite.prepare(
      "insert into ideas (id, board_id, author_id, title, body, kind, status, created_at, updated_at) " +
        "values (?, ?, ?, ?, ?, 'idea', 'new', ?, ?)",
    );
    const ids: string[] = [];
    const start = Date.now() - count * 1000;
    this.sqlite.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = newId();
        const at = start + i * 1000;
        insert.run(
          id,
          boardId,
          authorId,
          `Idee Nummer ${i}: mehr Bänke am Platz`,
          `Beschreibung ${i}: Am Platz fehlen Sitzgelegenheiten im Schatten, besonders für Ältere.`,
          at,
          at,
        );
        ids.push(id);
      }
    })();
    return ids;
  }

  close(): void {
    this.sqlite.close();
  }
}
