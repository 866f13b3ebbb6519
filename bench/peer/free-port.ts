// A loopback TCP port nobody listens on right now, for a server that cannot choose its own
// (TinyMUX reads its port from netmux.conf). Another process could take it before the server
// binds; the server then fails to start and the bench says so.
import { createServer } from 'node:net';

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port was given'))));
    });
  });
}
