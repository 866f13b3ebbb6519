// The HTTP listener's options that follow from the server's config alone, shared by the single
// process and a cluster's gateway, which add what each serves besides (admin API, plugin pages).
import type { HearthConfig } from './config.js';

export function httpListenerOptions(config: HearthConfig, limits: { maxLineBytes: number; maxBufferedOutputBytes: number }) {
  return {
    ...limits,
    host: config.host,
    port: config.httpPort,
    maxFrameBytes: 64 * 1024,
    maxConnections: config.maxConnections,
    connectionLimits: {
      perAddress: config.maxConnectionsPerAddress,
      headersTimeoutMs: config.httpTimeouts.headersSeconds * 1000,
      requestTimeoutMs: config.httpTimeouts.requestSeconds * 1000,
      keepAliveTimeoutMs: config.httpTimeouts.keepAliveSeconds * 1000,
    },
    trustedProxies: config.trustedProxies,
  };
}
