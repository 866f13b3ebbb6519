// How the bench's players reach the server: over telnet, or over the websocket for their share.
import type { LineConnection, TransportKind } from './line-connection.js';
import { connectTelnet } from './telnet-bot.js';
import { connectWebsocket } from './websocket-bot.js';

export const CONNECT_TIMEOUT_MS = 30_000;

export function connectorFor(host: string, telnetPort: number, httpPort: number | undefined): (transport: TransportKind) => Promise<LineConnection> {
  return (transport) =>
    transport === 'websocket' ? connectWebsocket(host, httpPort!, CONNECT_TIMEOUT_MS) : connectTelnet(host, telnetPort, CONNECT_TIMEOUT_MS);
}
