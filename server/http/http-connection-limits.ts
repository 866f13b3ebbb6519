// Bounds on the HTTP listener's connections, which serve the web client, `/health`, the admin API
// and every websocket: at most `maxConnections` in all, at most `perAddress` from one address
// (trusted proxies exempt: they carry many clients, whose websockets are capped by their own
// address instead), and short timeouts for requests that never finish (httpTimeouts below).
// One address once held a thousand half-sent requests for 72 s each and used up the process's
// file descriptors.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { ConnectionGate, refuseConnection } from '../connection-gate.js';

export interface HttpConnectionLimits {
  maxConnections: number;
  perAddress: number;
  /** Time to receive a request's headers; a connection sending nothing or dripping them is answered 408 and closed. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
}

const TOO_MANY =
  'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 10\r\n\r\nToo many connections from your address; close some and try again.\n';

/** Fastify's options for the timeouts (Node checks them every `connectionsCheckingInterval`). */
export function httpTimeouts(limits: HttpConnectionLimits): { keepAliveTimeout: number; requestTimeout: number; http: { headersTimeout: number; connectionsCheckingInterval: number } } {
  return {
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      // Node's default (30 s) would let a timed-out request linger that much longer.
      connectionsCheckingInterval: Math.max(250, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
    },
  };
}

/**
 * Caps the server's connections in all and per address. Every `connection` listener the server
 * has (Node's HTTP parser among them) now runs only for admitted sockets; a refused one is told
 * 503 and closed before any of its bytes are parsed.
 */
export function limitHttpConnections(server: Server, limits: HttpConnectionLimits, exempt: (address: string) => boolean): ConnectionGate {
  server.maxConnections = limits.maxConnections;
  const gate = new ConnectionGate(limits.perAddress, exempt);
  const listeners = server.listeners('connection') as Array<(socket: Socket) => void>;
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    if (!gate.admit(socket)) {
      refuseConnection(socket, TOO_MANY);
      return;
    }
    for (const listener of listeners) listener.call(server, socket);
  });
  return gate;
}
