// A cluster for the load bench, on this machine: one nats-server (JetStream, a password, as
// docs/SCALING.md has operators run it), one `hearth core` and N `hearth gateway` processes, each
// started as the e2e tests start them. Players are dealt to the gateways in turn, so a say in a
// room reaches every gateway; the admin builds the bench world through the first one.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RoleProcess, startRole } from '../../test/support/cluster-processes.js';
import { startTestNats } from '../../test/support/nats-server.js';
import { connectorFor } from './connector.js';
import { createFreshDatabase } from './fresh-database.js';
import type { LineConnection, TransportKind } from './line-connection.js';
import type { LoadTarget, NamedProcess } from './load-run.js';
import { type TargetOptions, benchEnvironment } from './server-target.js';

export async function prepareCluster(
  options: Pick<TargetOptions, 'clients' | 'keepLimits' | 'databaseUrl'>,
  gatewayIds: string[],
  defer: (cleanup: () => Promise<unknown>) => void,
  /** Called when a role ends on its own (a crash), so the run can end early. */
  onRoleExit: (description: string) => void,
): Promise<LoadTarget> {
  process.stdout.write('starting nats-server... ');
  const nats = await startTestNats({ user: 'hearth', pass: randomBytes(12).toString('hex') });
  defer(() => nats.dispose());
  console.log(`pid ${nats.pid}, port ${nats.port}`);
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-bench-cluster-'));
  defer(() => rm(dataDir, { recursive: true, force: true }));
  const admin = { name: 'BenchAdmin', password: randomBytes(12).toString('hex') };
  let databaseUrl = options.databaseUrl;
  if (options.databaseUrl) {
    const fresh = await createFreshDatabase(options.databaseUrl);
    defer(() => fresh.drop());
    console.log(`fresh PostgreSQL database ${fresh.name} (dropped after the run)`);
    databaseUrl = fresh.url;
  }
  const environment: Record<string, string> = { ...benchEnvironment(options, { dataDir, admin, databaseUrl }), HEARTH_NATS_URL: nats.url };
  const roles: RoleProcess[] = [];
  let stopping = false;
  defer(() => {
    stopping = true;
    return Promise.all(roles.map((role) => role.stop()));
  });
  const watch = (role: RoleProcess, name: string): void => {
    void role.exited.then((code) => {
      if (!stopping) onRoleExit(`the ${name} exited (${String(code)}); its last log lines:\n${role.logs.slice(-15).join('\n')}`);
    });
  };

  if (!databaseUrl) {
    // As for the single process: PGlite's first start (initdb) is not what players meet daily.
    process.stdout.write('initialising the core\'s PGlite data folder (a first start, stopped at once)... ');
    const first = await startRole('core', environment);
    await first.stop();
    console.log('done');
  }
  process.stdout.write('starting the core... ');
  const core = await startRole('core', environment);
  roles.push(core);
  watch(core, 'core');
  console.log(`pid ${core.child.pid}`);
  const { HEARTH_DATA_DIR: _data, HEARTH_BOOTSTRAP_ADMIN: _admin, DATABASE_URL: _database, ...gatewayEnvironment } = environment;
  const gateways = await Promise.all(gatewayIds.map((id) => startRole('gateway', { ...gatewayEnvironment, HEARTH_GATEWAY_ID: id })));
  roles.push(...gateways);
  gateways.forEach((gateway, index) => watch(gateway, `gateway ${gatewayIds[index]}`));
  for (const [index, gateway] of gateways.entries()) {
    console.log(`gateway ${gatewayIds[index]}: pid ${gateway.child.pid}, telnet ${gateway.telnetPort}, http ${gateway.httpPort}`);
  }

  const connectors = gateways.map((gateway) => connectorFor('127.0.0.1', gateway.telnetPort, gateway.httpPort));
  let next = 0;
  const connector = (transport: TransportKind): Promise<LineConnection> => {
    const connect = connectors[next % connectors.length]!;
    next += 1;
    return connect(transport);
  };
  const processes: NamedProcess[] = [
    { name: 'core', pid: core.child.pid! },
    ...gateways.map((gateway, index) => ({ name: `gateway ${gatewayIds[index]}`, pid: gateway.child.pid! })),
    ...(nats.pid === null ? [] : [{ name: 'nats-server', pid: nats.pid }]),
  ];
  return {
    host: '127.0.0.1',
    telnetPort: gateways[0]!.telnetPort,
    httpPort: gateways[0]!.httpPort,
    pid: core.child.pid!,
    admin,
    raisedLimits: !options.keepLimits,
    process: null,
    connector,
    processes,
    label: `cluster (nats-server, core, ${gateways.length} gateways)`,
  };
}
