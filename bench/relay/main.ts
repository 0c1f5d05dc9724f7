import { createServer } from "node:http";
import { attachRelay } from "./relay.ts";

/** Runs the relay on 127.0.0.1:PORT in its own process, so its CPU and memory are its own. */
const server = createServer((_req, res) => {
  res.writeHead(404).end();
});
attachRelay(server);
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log("relay ready");
});
process.on("SIGTERM", () => process.exit(0));
