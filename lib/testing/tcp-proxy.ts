// Test support: a TCP proxy in front of Postgres that a test can take down, freeze or cut, to see
// what the app does when its database fails, without touching the (shared) database server itself.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** `url` with its host and port replaced by the proxy's. */
  urlFor(url: string): string;
  /** Refuses new connections and cuts the open ones, as a database that went down. */
  down(): Promise<void>;
  /** Listens again on the same port (if it is down). */
  up(): Promise<void>;
  /** Passes no more bytes either way and leaves connections open, as a frozen (SIGSTOPped) server. */
  stall(): void;
  resume(): void;
  /**
   * Cuts the connection right after passing on a client message containing `marker`: the statement
   * runs, its answer is lost. `andGoDown`: the database stays down afterwards.
   */
  cutAfterSending(marker: string, options?: { andGoDown?: boolean }): void;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  server: net.Socket;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let stalled = false;
  let cutMarker: string | null = null;
  let goDownAfterCut = false;

  const listener = net.createServer((client) => {
    const server = net.connect(target);
    const pair = { client, server };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      server.destroy();
    };
    client.on('error', drop).on('close', drop);
    server.on('error', drop).on('close', drop);
    let cutting = false;
    client.on('data', (chunk) => {
      if (cutMarker !== null && chunk.includes(cutMarker)) {
        cutMarker = null;
        cutting = true;
      }
      server.write(chunk);
    });
    // Postgres got the statement; the connection is lost before its answer comes back.
    server.on('data', (chunk) => {
      if (!cutting) return void client.write(chunk);
      drop();
      if (goDownAfterCut) void proxy.down();
    });
    if (stalled) freeze(pair);
  });

  const freeze = ({ client, server }: Pair) => {
    client.pause();
    server.pause();
  };
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(port, '127.0.0.1', () => {
        listener.off('error', reject);
        resolve((listener.address() as net.AddressInfo).port);
      });
    });
  const stopListening = () => new Promise<void>((resolve) => (listener.listening ? listener.close(() => resolve()) : resolve()));
  const cutAll = () => {
    for (const { client, server } of pairs) {
      client.destroy();
      server.destroy();
    }
    pairs.clear();
  };

  const port = await listen(0);
  const proxy: TcpProxy = {
    port,
    urlFor(url) {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(port);
      return proxied.toString();
    },
    async down() {
      const closed = stopListening();
      cutAll();
      await closed;
    },
    async up() {
      if (!listener.listening) await listen(port);
    },
    stall() {
      stalled = true;
      for (const pair of pairs) freeze(pair);
    },
    resume() {
      stalled = false;
      for (const { client, server } of pairs) {
        client.resume();
        server.resume();
      }
    },
    cutAfterSending(marker, { andGoDown = false } = {}) {
      cutMarker = marker;
      goDownAfterCut = andGoDown;
    },
    async close() {
      const closed = stopListening();
      cutAll();
      await closed;
    },
  };
  return proxy;
}
