// The NATS subjects a gateway and the core talk on. Gateways send to the core on `hearth.core.*`
// (requests, so that every line is acknowledged); the core answers each gateway on its own
// output subject, one message carrying a batch for many of its connections.

export const CLUSTER_SUBJECTS = {
  /** Request: a gateway accepted a connection; the core opens a session for it. */
  sessionOpen: 'hearth.core.session.open',
  /** Request: one line a player typed; the reply acknowledges it (or says why not). */
  sessionInput: 'hearth.core.session.input',
  /** Publish: a gateway's connection is gone. */
  sessionClose: 'hearth.core.session.close',
  /** Publish: a core has become the active one; sessions another core opened are gone. */
  coreHello: 'hearth.core.hello',
  /** Publish: a gateway is alive, and which of its connections have sessions. */
  gatewayHeartbeat: 'hearth.gateway.heartbeat',
} as const;

/** Where the core sends one gateway's output. Gateway ids are checked to be one subject token. */
export function gatewayOutputSubject(gatewayId: string): string {
  return `hearth.gateway.${gatewayId}.output`;
}

/** A gateway or core id: lower-case letters, digits and dashes, safe as one subject token. */
export const GATEWAY_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
