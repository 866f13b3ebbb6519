// The settings an operator runs Hearth with, beside the game's own: log format, TLS certificate
// files and their ports, and who may read /metrics and the details of /health. config.ts merges
// these into the one configuration; each is in the README's table and docs/OPERATIONS.md.
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigInvalidError } from '../core/errors.js';
import type { LogFormat } from '../core/telemetry/logger.js';
import { describeProxyEntryProblem } from './http/trusted-proxies.js';

const port = z.coerce.number().int().min(0).max(65535);

/** `any`, `token`, or addresses and ranges (the same syntax as HEARTH_TRUSTED_PROXIES). */
const monitoringAllow = z
  .string()
  .transform((text) => text.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0))
  .superRefine((entries, context) => {
    if (entries.length === 1 && (entries[0] === 'any' || entries[0] === 'token')) return;
    if (entries.length === 0) context.addIssue({ code: 'custom', message: 'give any, token, or addresses and ranges' });
    for (const entry of entries) {
      const problem = describeProxyEntryProblem(entry);
      if (problem) context.addIssue({ code: 'custom', message: `${problem}; or use any or token` });
    }
  });

export const operationsSchema = z.object({
  HEARTH_LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  HEARTH_TLS_CERT: z.string().min(1).optional(),
  HEARTH_TLS_KEY: z.string().min(1).optional(),
  HEARTH_TLS_TELNET_PORT: port.default(4202),
  HEARTH_HTTPS_PORT: port.default(4443),
  HEARTH_METRICS_ALLOW: monitoringAllow.default(['any']),
});

export interface TlsConfig {
  /** PEM certificate (the full chain), reloaded when the file changes. */
  certFile: string;
  /** PEM private key of that certificate. */
  keyFile: string;
  telnetPort: number;
  httpsPort: number;
  /** How often the files are checked for changes (5 s unless a test asks for less). */
  checkIntervalMs?: number;
}

/**
 * Who may read /metrics and the details of /health: anyone, only requests bearing the admin
 * token, or (besides those) clients from the listed addresses and ranges.
 */
export type MonitoringAllow = { kind: 'any' } | { kind: 'token' } | { kind: 'addresses'; entries: string[] };

export interface OperationsConfig {
  logFormat: LogFormat;
  /** TLS telnet and HTTPS/WSS listeners; null when no certificate is configured. */
  tls: TlsConfig | null;
  monitoringAllow: MonitoringAllow;
}

export function readOperationsConfig(env: z.infer<typeof operationsSchema>): OperationsConfig {
  const { HEARTH_TLS_CERT: cert, HEARTH_TLS_KEY: key } = env;
  if ((cert === undefined) !== (key === undefined)) {
    throw new ConfigInvalidError(
      `Invalid configuration: ${cert === undefined ? 'HEARTH_TLS_KEY is set without HEARTH_TLS_CERT' : 'HEARTH_TLS_CERT is set without HEARTH_TLS_KEY'}; set both (the certificate and its private key, PEM files) or neither.`,
    );
  }
  const allow = env.HEARTH_METRICS_ALLOW;
  return {
    logFormat: env.HEARTH_LOG_FORMAT,
    tls:
      cert !== undefined && key !== undefined
        ? { certFile: resolve(cert), keyFile: resolve(key), telnetPort: env.HEARTH_TLS_TELNET_PORT, httpsPort: env.HEARTH_HTTPS_PORT }
        : null,
    monitoringAllow:
      allow[0] === 'any' ? { kind: 'any' } : allow[0] === 'token' ? { kind: 'token' } : { kind: 'addresses', entries: allow },
  };
}
