// The telnet listener: accepts TCP connections (or, on the TLS port, TLS connections once their
// handshake is done) and gives each one a session.
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import type { SessionHost, SessionInput } from '../../core/sessions/session-host.js';
import type { Logger } from '../../core/telemetry/logger.js';
import { ConnectionGate, refuseConnection } from '../connection-gate.js';
import type { CertificateFiles } from '../tls/certificate-files.js';
import type { MsspValues } from './mssp.js';
import { TelnetConnection, type TelnetConnectionOptions } from './telnet-connection.js';

export interface TelnetServerOptions extends TelnetConnectionOptions {
  host: string;
  port: number;
  maxConnections: number;
  /** Connections one address may hold open (IPv6: one /64). */
  maxConnectionsPerAddress: number;
  /** Live server status for MSSP; read whenever a client asks. */
  mssp: () => MsspValues;
  /** Serve TLS with these certificate files (the TLS telnet port). */
  tls?: CertificateFiles;
}

/** A client that opens a TLS connection and never finishes the handshake is dropped after this. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

export interface RunningTelnetServer {
  port: number;
  /** Refuses new connections at once (the first step of a shutdown); open ones stay. */
  stopAccepting(): void;
  /** Stops accepting connections; open ones are closed by the session manager's shutdown. */
  close(): Promise<void>;
}

export async function startTelnetServer<S extends SessionInput>(
  sessions: SessionHost<S>,
  logger: Logger,
  options: TelnetServerOptions,
): Promise<RunningTelnetServer> {
  const sockets = new Set<Socket>();
  let accepting = true;
  const perAddress = new ConnectionGate(options.maxConnectionsPerAddress);
  const accept = (socket: Socket): void => {
    if (!accepting) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 60_000);
    // Errors (resets, broken pipes) are normal for players on flaky links; 'close' still follows.
    socket.on('error', (error) => logger.debug({ err: error }, 'telnet socket error'));
    if (sockets.size > options.maxConnections) {
      socket.once('close', () => sockets.delete(socket));
      refuseConnection(socket, 'Hearth is full right now; please try again in a few minutes.\r\n');
      return;
    }
    // One address must not use up the listener (or the process's file descriptors) for everyone.
    if (!perAddress.admit(socket)) {
      logger.debug({ address: socket.remoteAddress }, 'telnet connection refused: too many from its address');
      socket.once('close', () => sockets.delete(socket));
      refuseConnection(socket, 'You have too many connections to Hearth open from your address; close one and try again.\r\n');
      return;
    }
    const connection = new TelnetConnection(socket, { ...options, logger });
    // Offers go out before the welcome screen, which never waits for their answers.
    connection.start();
    const session = sessions.openSession(connection);
    connection.attach(session);
    socket.once('close', () => {
      sockets.delete(socket);
      sessions.connectionClosed(session);
    });
  };
  const tls = options.tls;
  let server: Server;
  let stopReloading = (): void => {};
  if (tls) {
    const tlsServer: TlsServer = createTlsServer({ ...tls.pair, handshakeTimeout: HANDSHAKE_TIMEOUT_MS }, accept);
    // Failed handshakes (scanners, clients refusing the certificate) are routine.
    tlsServer.on('tlsClientError', (error) => logger.debug({ err: error }, 'TLS telnet handshake failed'));
    stopReloading = tls.onReload((pair) => tlsServer.setSecureContext(pair));
    server = tlsServer;
  } else {
    server = createServer(accept);
  }
  server.on('error', (error) => logger.error({ err: error }, 'telnet listener error'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    stopAccepting: () => {
      accepting = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        stopReloading();
        server.close(() => resolve());
        // Sessions were ended politely (their goodbye flushed first); cut whoever still lingers.
        setTimeout(() => {
          for (const socket of sockets) socket.destroy();
        }, 1500).unref();
      }),
  };
}
