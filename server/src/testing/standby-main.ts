/**
 * `server/src/main.ts` with its modules loaded ahead. Loading them is most of a start
 * (seconds on a small machine); a test that restarts the server many times spawns the
 * next process while the current one still runs, and lets it start — exactly as
 * `main.ts` does — with one line on stdin once the port and the data folder are free.
 */
import "../config.ts";
import "../server.ts";

const parentGone = () => process.exit(0);
process.stdin.once("end", parentGone);
process.stdin.once("data", () => {
  process.stdin.off("end", parentGone);
  process.stdin.pause();
  void import("../main.ts");
});
