import { createServer } from "node:http";

/** Yardstick: the least a Node server does to answer `GET /api/health`, in its own process. */
const body = JSON.stringify({ ok: true });
const server = createServer((req, res) => {
  if (req.url === "/api/health") {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  } else res.writeHead(404).end();
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => console.log("floor ready"));
process.on("SIGTERM", () => process.exit(0));
