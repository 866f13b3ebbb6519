// Server configuration, read from the environment with defaults. Every setting is listed in the
// README's configuration table; a bad value stops the start with a message naming the variable.
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../core/auth/login-limits.js';
import { ConfigInvalidError } from '../core/errors.js';
import type { PluginLimits } from '../core/plugins/plugin-limits.js';
import { describeProxyEntryProblem } from './http/trusted-proxies.js';
import { hearthPath } from '../core/paths.js';
import { type OperationsConfig, operationsSchema, readOperationsConfig } from './operations-config.js';

const port = z.coerce.number().int().min(0).max(65535);
const positive = z.coerce.number().int().positive();
const seconds = z.coerce.number().int().min(0);
// Upper bounds keep a typo from locking accounts for years or keeping huge failure lists.
const failureCount = positive.max(1000);
const DAY_SECONDS = 86_400;

const trustedProxies = z
  .string()
  .transform((text) => text.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0))
  .superRefine((entries, context) => {
    for (const entry of entries) {
      const problem = describeProxyEntryProblem(entry);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }
  });

const environmentSchema = z.object({
  HEARTH_TELNET_PORT: port.default(4201),
  HEARTH_HTTP_PORT: port.default(4280),
  HEARTH_HOST: z.string().min(1).default('127.0.0.1'),
  HEARTH_NAME: z.string().min(1).max(60).default('Hearth'),
  HEARTH_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  HEARTH_BOOTSTRAP_ADMIN: z
    .string()
    .regex(/^[^:]+:.+$/, 'must look like name:password')
    .optional(),
  HEARTH_MAX_LINE_BYTES: positive.default(8192),
  HEARTH_MAX_CONNECTIONS: positive.default(5000),
  HEARTH_MAX_CONNECTIONS_PER_ADDRESS: positive.default(20),
  HEARTH_HTTP_HEADERS_TIMEOUT_SECONDS: positive.max(300).default(10),
  HEARTH_HTTP_REQUEST_TIMEOUT_SECONDS: positive.max(3600).default(30),
  HEARTH_HTTP_KEEP_ALIVE_SECONDS: positive.max(600).default(5),
  HEARTH_IDLE_TIMEOUT_SECONDS: seconds.default(3600),
  HEARTH_LOGIN_TIMEOUT_SECONDS: positive.default(300),
  HEARTH_INPUT_RATE: positive.default(20),
  HEARTH_INPUT_BURST: positive.default(60),
  HEARTH_REPLAY_LIMIT: positive.default(50),
  HEARTH_LOGIN_ACCOUNT_FAILURES: failureCount.default(DEFAULT_LOGIN_LIMITS.maxFailedLogins),
  HEARTH_LOGIN_ACCOUNT_WIDE_FAILURES: failureCount.default(DEFAULT_LOGIN_LIMITS.maxFailedLoginsEverywhere),
  HEARTH_LOGIN_ACCOUNT_LOCK_SECONDS: positive.max(7 * DAY_SECONDS).default(DEFAULT_LOGIN_LIMITS.lockMs / 1000),
  HEARTH_LOGIN_ADDRESS_FAILURES: failureCount.default(DEFAULT_LOGIN_LIMITS.maxFailuresPerAddress),
  HEARTH_LOGIN_ADDRESS_WINDOW_SECONDS: positive.max(DAY_SECONDS).default(DEFAULT_LOGIN_LIMITS.addressWindowMs / 1000),
  // A bench or a classroom behind one address may need many; a million stays a number.
  HEARTH_SIGNUPS_PER_ADDRESS: positive.max(1_000_000).default(DEFAULT_LOGIN_LIMITS.signupsPerAddress),
  HEARTH_SIGNUP_WINDOW_SECONDS: positive.max(7 * DAY_SECONDS).default(DEFAULT_LOGIN_LIMITS.signupWindowMs / 1000),
  HEARTH_CHARACTERS_PER_ACCOUNT: positive.max(100).default(DEFAULT_LOGIN_LIMITS.charactersPerAccount),
  HEARTH_TRUSTED_PROXIES: trustedProxies.optional(),
  HEARTH_MANIFEST_DIRS: z.string().min(1).optional(),
  HEARTH_PLUGIN_DIR: z.string().min(1).optional(),
  HEARTH_PLUGIN_WATCH: z.enum(['true', 'false']).default('true'),
  HEARTH_CHARACTER_RENAMES: z.enum(['true', 'false']).default('true'),
  // Softcode: the room whose objects' $-commands answer everywhere, and the queue's caps.
  HEARTH_MASTER_ROOM: z.string().regex(/^#?\d{1,12}$/, 'must be a room number such as #2').optional(),
  HEARTH_QUEUE_PER_OWNER: positive.max(100_000).optional(),
  HEARTH_QUEUE_TOTAL: positive.max(1_000_000).optional(),
  HEARTH_QUEUE_PER_OWNER_PER_SECOND: positive.max(1_000_000).optional(),
  HEARTH_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  HEARTH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Plugin limits an operator may set, by environment variable (defaults in plugin-limits.ts). */
export const PLUGIN_LIMIT_VARIABLES = {
  HEARTH_PLUGIN_TIMEOUT_MS: 'defaultTimeoutMs',
  HEARTH_PLUGIN_TIMEOUT_CEILING_MS: 'timeoutCeilingMs',
  HEARTH_PLUGIN_FUEL: 'defaultFuel',
  HEARTH_PLUGIN_FUEL_CEILING: 'fuelCeiling',
  HEARTH_PLUGIN_MEMORY_PAGES: 'defaultMemoryPages',
  HEARTH_PLUGIN_MEMORY_PAGES_CEILING: 'memoryPagesCeiling',
  HEARTH_PLUGIN_PLAYER_EMITS_PER_SECOND: 'playerEmitsPerSecond',
  HEARTH_PLUGIN_PLAYER_EMIT_BURST: 'playerEmitBurst',
  HEARTH_PLUGIN_EMITS_PER_SECOND: 'emitsPerSecond',
  HEARTH_PLUGIN_EMIT_BURST: 'emitBurst',
  HEARTH_PLUGIN_KV_WRITES_PER_SECOND: 'kvWritesPerSecond',
  HEARTH_PLUGIN_KV_WRITE_BURST: 'kvWriteBurst',
  HEARTH_PLUGIN_DB_WRITES_PER_SECOND: 'dbWritesPerSecond',
  HEARTH_PLUGIN_DB_WRITE_BURST: 'dbWriteBurst',
  HEARTH_PLUGIN_HTTP_PER_SECOND: 'httpPerSecond',
  HEARTH_PLUGIN_HTTP_BURST: 'httpBurst',
  HEARTH_PLUGIN_HTTP_TIMEOUT_MS: 'httpTimeoutMs',
  HEARTH_PLUGIN_PAGES_PER_SECOND: 'pagesPerSecond',
  HEARTH_PLUGIN_PAGE_BURST: 'pageBurst',
  HEARTH_PLUGIN_MAX_HOPS: 'maxHops',
  HEARTH_PLUGIN_TABLE_ENTRIES: 'maxTableEntries',
} as const satisfies Record<string, keyof PluginLimits>;

const pluginLimitsSchema = z.object(
  Object.fromEntries(Object.keys(PLUGIN_LIMIT_VARIABLES).map((name) => [name, positive.optional()])) as Record<
    keyof typeof PLUGIN_LIMIT_VARIABLES,
    z.ZodOptional<typeof positive>
  >,
);

export interface HearthConfig extends OperationsConfig {
  telnetPort: number;
  httpPort: number;
  host: string;
  /** The game's name, as crawlers and client listings show it (MSSP NAME). */
  name: string;
  dataDir: string;
  databaseUrl?: string;
  bootstrapAdmin?: { name: string; password: string };
  maxLineBytes: number;
  maxConnections: number;
  /** Connections one address may hold open on each listener (IPv6: one /64). */
  maxConnectionsPerAddress: number;
  /** HTTP: time to send a request's headers, a whole request, and idle time between keep-alive requests. */
  httpTimeouts: { headersSeconds: number; requestSeconds: number; keepAliveSeconds: number };
  idleTimeoutSeconds: number;
  loginTimeoutSeconds: number;
  inputRate: number;
  inputBurst: number;
  replayLimit: number;
  /** Per-account lockout and per-address throttle of failed logins; per-address sign-ups. */
  loginLimits: LoginLimits;
  /** Addresses and ranges of reverse proxies whose X-Forwarded-For is believed; empty: none. */
  trustedProxies: string[];
  logLevel: string;
  /** Folders of plugins (`<plugin>/manifest.yaml`) or manifests (`*.yaml`), bundled ones first. */
  manifestDirs: string[];
  /** Plugin limits the operator set; the rest keep their defaults. */
  pluginLimits: Partial<PluginLimits>;
  /** Where installed plugins are kept; null with an in-memory data folder and no HEARTH_PLUGIN_DIR. */
  pluginDir: string | null;
  /** Reload plugins when their files change. */
  watchPlugins: boolean;
  /** Players may rename their characters with @name me=<name>. */
  characterRenames: boolean;
  /** Softcode: the master room (HEARTH_MASTER_ROOM) and queue caps. */
  softcode: { masterRoomId?: number; queue: { perOwner?: number; total?: number; perOwnerPerSecond?: number } };
  /** Bearer token for the admin HTTP API; when unset, one is made at start and kept in the data folder. */
  adminToken?: string;
}

// The bundled plugins, each a folder `plugins/<name>/` with its manifest.yaml, as `hearth plugin new` makes them.
const BUNDLED_MANIFESTS = hearthPath('plugins');

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): HearthConfig {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.merge(pluginLimitsSchema).merge(operationsSchema).safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigInvalidError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  let bootstrapAdmin: HearthConfig['bootstrapAdmin'];
  if (env.HEARTH_BOOTSTRAP_ADMIN) {
    const separator = env.HEARTH_BOOTSTRAP_ADMIN.indexOf(':');
    bootstrapAdmin = {
      name: env.HEARTH_BOOTSTRAP_ADMIN.slice(0, separator),
      password: env.HEARTH_BOOTSTRAP_ADMIN.slice(separator + 1),
    };
  }
  return {
    telnetPort: env.HEARTH_TELNET_PORT,
    httpPort: env.HEARTH_HTTP_PORT,
    host: env.HEARTH_HOST,
    name: env.HEARTH_NAME,
    dataDir: env.HEARTH_DATA_DIR.startsWith('memory://') ? env.HEARTH_DATA_DIR : resolve(env.HEARTH_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    bootstrapAdmin,
    maxLineBytes: env.HEARTH_MAX_LINE_BYTES,
    maxConnections: env.HEARTH_MAX_CONNECTIONS,
    maxConnectionsPerAddress: env.HEARTH_MAX_CONNECTIONS_PER_ADDRESS,
    httpTimeouts: {
      headersSeconds: env.HEARTH_HTTP_HEADERS_TIMEOUT_SECONDS,
      requestSeconds: env.HEARTH_HTTP_REQUEST_TIMEOUT_SECONDS,
      keepAliveSeconds: env.HEARTH_HTTP_KEEP_ALIVE_SECONDS,
    },
    idleTimeoutSeconds: env.HEARTH_IDLE_TIMEOUT_SECONDS,
    loginTimeoutSeconds: env.HEARTH_LOGIN_TIMEOUT_SECONDS,
    inputRate: env.HEARTH_INPUT_RATE,
    inputBurst: env.HEARTH_INPUT_BURST,
    replayLimit: env.HEARTH_REPLAY_LIMIT,
    loginLimits: {
      maxFailedLogins: env.HEARTH_LOGIN_ACCOUNT_FAILURES,
      maxFailedLoginsEverywhere: env.HEARTH_LOGIN_ACCOUNT_WIDE_FAILURES,
      lockMs: env.HEARTH_LOGIN_ACCOUNT_LOCK_SECONDS * 1000,
      maxFailuresPerAddress: env.HEARTH_LOGIN_ADDRESS_FAILURES,
      addressWindowMs: env.HEARTH_LOGIN_ADDRESS_WINDOW_SECONDS * 1000,
      signupsPerAddress: env.HEARTH_SIGNUPS_PER_ADDRESS,
      signupWindowMs: env.HEARTH_SIGNUP_WINDOW_SECONDS * 1000,
      charactersPerAccount: env.HEARTH_CHARACTERS_PER_ACCOUNT,
    },
    trustedProxies: env.HEARTH_TRUSTED_PROXIES ?? [],
    logLevel: env.HEARTH_LOG_LEVEL,
    manifestDirs: env.HEARTH_MANIFEST_DIRS
      ? env.HEARTH_MANIFEST_DIRS.split(',').map((dir) => resolve(dir.trim())).filter((dir) => dir.length > 0)
      : [BUNDLED_MANIFESTS],
    pluginDir: env.HEARTH_PLUGIN_DIR
      ? resolve(env.HEARTH_PLUGIN_DIR)
      : env.HEARTH_DATA_DIR.startsWith('memory://')
        ? null
        : resolve(env.HEARTH_DATA_DIR, 'plugins'),
    watchPlugins: env.HEARTH_PLUGIN_WATCH === 'true',
    characterRenames: env.HEARTH_CHARACTER_RENAMES === 'true',
    softcode: {
      ...(env.HEARTH_MASTER_ROOM ? { masterRoomId: Number(env.HEARTH_MASTER_ROOM.replace('#', '')) } : {}),
      queue: {
        ...(env.HEARTH_QUEUE_PER_OWNER ? { perOwner: env.HEARTH_QUEUE_PER_OWNER } : {}),
        ...(env.HEARTH_QUEUE_TOTAL ? { total: env.HEARTH_QUEUE_TOTAL } : {}),
        ...(env.HEARTH_QUEUE_PER_OWNER_PER_SECOND ? { perOwnerPerSecond: env.HEARTH_QUEUE_PER_OWNER_PER_SECOND } : {}),
      },
    },
    adminToken: env.HEARTH_ADMIN_TOKEN,
    ...readOperationsConfig(env),
    pluginLimits: Object.fromEntries(
      Object.entries(PLUGIN_LIMIT_VARIABLES).flatMap(([variable, limit]) => {
        const value = env[variable as keyof typeof PLUGIN_LIMIT_VARIABLES];
        return value === undefined ? [] : [[limit, value]];
      }),
    ),
  };
}
