// Finding the server side of a test's telnet connection, and making sure the server has read
// everything a test client sent so far.
import { TelnetConnection } from '../../server/telnet/telnet-connection.js';
import type { ScriptedTelnetClient } from './scripted-telnet-client.js';
import type { TestServer } from './test-server.js';

/** The most recently opened telnet connection (the test's own, right after it connected). */
export function newestTelnetConnection(server: TestServer): TelnetConnection {
  const telnet = server.core.sessions.sessions().filter((session) => session.transport instanceof TelnetConnection);
  const newest = telnet.at(-1)?.transport;
  if (!(newest instanceof TelnetConnection)) throw new Error('no telnet connection is open');
  return newest;
}

/** Sends WHO and waits for its answer: everything sent before it has been handled. */
export async function roundTrip(client: ScriptedTelnetClient): Promise<void> {
  client.sendLine('WHO');
  await client.waitFor(/players? (?:is|are) connected\./);
}
