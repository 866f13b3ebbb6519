// Settings of the cluster roles (`hearth gateway`, `hearth core`), beside the server's own
// config: where NATS is, and what this gateway is called on it.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { GATEWAY_ID_PATTERN } from '../../core/cluster/cluster-subjects.js';
import { ConfigInvalidError } from '../../core/errors.js';

export interface ClusterConfig {
  /** NATS server URL(s), without credentials (they are taken out into `natsAuth`). */
  natsUrls: string[];
  /** A user and password from the URL (`nats://user:pass@host:4222`); NATS's client does not read them there. */
  natsAuth: { user: string; pass: string } | null;
  /** A CA certificate file to verify NATS's TLS certificate with (turns TLS on). */
  natsCaFile?: string;
  /** This gateway's name on NATS; a fresh random one per start unless set. */
  gatewayId: string;
  /** How long a gateway holds a player's input while no core answers, before saying so. */
  inputHoldMs: number;
  /** How long a dead core's lease blocks its standby (the lease is renewed four times a lifetime). */
  coreLeaseMs: number;
  /** How often a gateway tells the core it is alive and which connections it holds. */
  gatewayHeartbeatMs: number;
  /** How long a core waits for a silent gateway before ending its sessions. */
  gatewaySilenceMs: number;
  /** The database a core uses (HEARTH_DATABASE_URL, else DATABASE_URL). */
  databaseUrl?: string;
}

const schema = z.object({
  HEARTH_NATS_URL: z.string({ error: 'must name the NATS server, e.g. nats://127.0.0.1:4222' }).min(1, 'must name the NATS server, e.g. nats://127.0.0.1:4222'),
  HEARTH_GATEWAY_ID: z.string().regex(GATEWAY_ID_PATTERN, 'must be lower-case letters, digits and dashes (at most 40)').optional(),
  HEARTH_INPUT_HOLD_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  HEARTH_CORE_LEASE_MS: z.coerce.number().int().min(500).max(60_000).default(1500),
  HEARTH_NATS_CA_FILE: z.string().min(1).optional(),
  HEARTH_GATEWAY_HEARTBEAT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  HEARTH_GATEWAY_SILENCE_MS: z.coerce.number().int().min(500).max(600_000).default(10_000),
  HEARTH_DATABASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
});

export function loadClusterConfig(environment: NodeJS.ProcessEnv = process.env): ClusterConfig {
  const parsed = schema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigInvalidError(`The cluster settings are not usable: ${problems}.`);
  }
  const env = parsed.data;
  const servers = env.HEARTH_NATS_URL.split(',').map((url) => url.trim()).filter((url) => url.length > 0);
  let natsAuth: ClusterConfig['natsAuth'] = null;
  const natsUrls = servers.map((server) => {
    let url: URL;
    try {
      url = new URL(server.includes('://') ? server : `nats://${server}`);
    } catch {
      throw new ConfigInvalidError(`HEARTH_NATS_URL: "${server}" is not a URL such as nats://127.0.0.1:4222.`);
    }
    if (url.username) natsAuth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
    return `${url.protocol}//${url.host}`;
  });
  return {
    natsUrls,
    natsAuth,
    natsCaFile: env.HEARTH_NATS_CA_FILE,
    gatewayId: env.HEARTH_GATEWAY_ID ?? `gw-${randomBytes(6).toString('hex')}`,
    inputHoldMs: env.HEARTH_INPUT_HOLD_SECONDS * 1000,
    coreLeaseMs: env.HEARTH_CORE_LEASE_MS,
    gatewayHeartbeatMs: env.HEARTH_GATEWAY_HEARTBEAT_MS,
    gatewaySilenceMs: env.HEARTH_GATEWAY_SILENCE_MS,
    databaseUrl: env.HEARTH_DATABASE_URL ?? env.DATABASE_URL,
  };
}
