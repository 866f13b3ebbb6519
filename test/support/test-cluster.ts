// A whole cluster for end-to-end tests: one nats-server, one core (on PostgreSQL when the tests
// have one, else PGlite: in memory, or in a data folder when a second core must take over), and
// gateways named by the test, each a real process.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RoleProcess, startRole } from './cluster-processes.js';
import { createEmptyDatabase, serverDriver } from './databases.js';
import { type TestNatsServer, startTestNats } from './nats-server.js';

export interface TestCluster {
  nats: TestNatsServer;
  core: RoleProcess;
  gateways: Record<string, RoleProcess>;
  /** The environment a core of this cluster starts with (a standby uses it too). */
  coreEnvironment: Record<string, string>;
  /** Starts another core on the same NATS and database; a standby is ready when it stands by. */
  startCore(extra?: Record<string, string>, options?: { standby?: boolean }): Promise<RoleProcess>;
  dispose(): Promise<void>;
}

export async function startTestCluster(
  gatewayIds: string[],
  options: {
    coreEnvironment?: Record<string, string>;
    gatewayEnvironment?: Record<string, string>;
    sharedDatabase?: boolean;
    /** NATS requires this user and password of every client. */
    natsAuth?: { user: string; pass: string };
  } = {},
): Promise<TestCluster> {
  const nats = await startTestNats(options.natsAuth);
  const processes: RoleProcess[] = [];
  const empty = await createEmptyDatabase(serverDriver());
  // Two cores in turn on one PGlite need its files on disk.
  const folder = options.sharedDatabase && !empty.url ? await mkdtemp(join(tmpdir(), 'hearth-cluster-')) : null;
  const coreEnvironment = {
    HEARTH_NATS_URL: nats.url,
    HEARTH_DATA_DIR: folder ?? empty.dataDir,
    ...(empty.url ? { HEARTH_DATABASE_URL: empty.url } : {}),
    HEARTH_BOOTSTRAP_ADMIN: 'Wizard:staffpass',
    ...options.coreEnvironment,
  };
  const dispose = async (): Promise<void> => {
    await Promise.all(processes.map((role) => role.stop()));
    await empty.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
    await nats.dispose();
  };
  const startCore = async (extra: Record<string, string> = {}, how: { standby?: boolean } = {}): Promise<RoleProcess> => {
    const core = await startRole('core', { ...coreEnvironment, ...extra }, how.standby ? { ready: 'Hearth core is standing by' } : {});
    processes.push(core);
    return core;
  };
  try {
    const core = await startCore();
    const started = await Promise.all(
      gatewayIds.map((id) => startRole('gateway', { HEARTH_NATS_URL: nats.url, HEARTH_GATEWAY_ID: id, ...options.gatewayEnvironment })),
    );
    processes.push(...started);
    return { nats, core, gateways: Object.fromEntries(gatewayIds.map((id, index) => [id, started[index]!])), coreEnvironment, startCore, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
