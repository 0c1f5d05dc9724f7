import { connect, type Socket } from "node:net";

/** A bare TCP connection to a test server: for requests no HTTP client would send. */
export class RawConnection {
  readonly socket: Socket;
  received = "";
  /** Resolves when the server (or the test) has closed the connection. */
  readonly closed: Promise<void>;

  private constructor(port: number) {
    this.socket = connect(port, "127.0.0.1");
    this.socket.setEncoding("utf8");
    this.socket.on("data", (chunk: string) => {
      this.received += chunk;
    });
    // A reset by the server is one way of closing; the test looks at `closed`, not at errors.
    this.socket.on("error", () => {});
    this.closed = new Promise((resolve) => this.socket.on("close", () => resolve()));
  }

  static open(port: number): Promise<RawConnection> {
    const conn = new RawConnection(port);
    return new Promise((resolve, reject) => {
      conn.socket.once("connect", () => resolve(conn));
      conn.socket.once("error", reject);
    });
  }

  send(text: string): void {
    this.socket.write(text);
  }

  /** The status code of the first answer, once it has arrived; null before. */
  get status(): number | null {
    const m = /^HTTP\/1\.1 (\d{3})/.exec(this.received);
    return m ? Number(m[1]) : null;
  }

  /** The body of a complete answer. */
  get body(): string {
    return this.received.slice(this.received.indexOf("\r\n\r\n") + 4);
  }

  destroy(): void {
    this.socket.destroy();
  }
}
