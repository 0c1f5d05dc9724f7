import { Agent, request } from "node:http";

/**
 * A lean JSON client over keep-alive sockets. `fetch` costs the load process several
 * times more CPU per request, and the load process must not be what limits the run.
 */
export class Http {
  private readonly agent: Agent;

  constructor(
    readonly url: string,
    maxSockets = 64,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  call(
    method: string,
    path: string,
    cookie: string,
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> | null }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { origin: this.url, cookie };
    if (payload !== undefined) headers["content-type"] = "application/json";
    // As a browser does: a PUT or POST without a body says so, rather than sending chunks.
    headers["content-length"] = String(payload === undefined ? 0 : Buffer.byteLength(payload));
    return new Promise((resolve, reject) => {
      const req = request(`${this.url}${path}`, { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: Record<string, unknown> | null = null;
          try {
            json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
