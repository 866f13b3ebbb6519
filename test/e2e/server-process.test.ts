// The real `npm start` entry point as a child process: it logs the ports it chose, serves
// players, and on SIGTERM tells everyone, stores what it must and exits cleanly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createEmptyDatabase, serverDriver } from '../support/databases.js';
import { startServerProcess } from '../support/server-process.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('the server process', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  /** A fresh database (and data folder) for one server process, removed after the tests. */
  async function freshStorage(): Promise<Record<string, string>> {
    const database = await createEmptyDatabase(serverDriver());
    const dataDir = await mkdtemp(join(tmpdir(), 'hearth-process-'));
    cleanups.push(async () => {
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    });
    return { HEARTH_DATA_DIR: dataDir, ...(database.url ? { DATABASE_URL: database.url } : {}) };
  }

  it('starts on port 0, logs its ports, and shuts down gracefully on SIGTERM', async () => {
    const server = await startServerProcess({ ...(await freshStorage()), HEARTH_BOOTSTRAP_ADMIN: 'Keeper:keeperpass' });
    assert.ok(server.telnetPort > 0 && server.httpPort > 0);

    const keeper = await TelnetTestClient.connect(server.telnetPort);
    await keeper.login('connect', 'Keeper', 'keeperpass');
    server.child.kill('SIGTERM');
    await keeper.waitFor('Hearth is shutting down now. Come back soon.');
    await keeper.waitForClose();
    assert.equal(await server.exited, 0);
    assert.ok(server.logs.some((line) => line.includes('Hearth stopped')));
    assert.ok(!server.logs.join('\n').includes('keeperpass'), 'the password never reaches the log');
  });

  it('stops on SIGINT too, and when an admin types @shutdown, telling everyone why', async () => {
    const environment = { ...(await freshStorage()), HEARTH_BOOTSTRAP_ADMIN: 'Keeper:keeperpass' };

    const interrupted = await startServerProcess(environment);
    const visitor = await TelnetTestClient.connect(interrupted.telnetPort);
    await visitor.login('create', 'Visitor', 'visitorpass');
    interrupted.child.kill('SIGINT');
    await visitor.waitFor('Hearth is shutting down now. Come back soon.');
    assert.equal(await interrupted.exited, 0);

    const server = await startServerProcess(environment);
    const keeper = await TelnetTestClient.connect(server.telnetPort);
    await keeper.login('connect', 'Keeper', 'keeperpass');
    const player = await TelnetTestClient.connect(server.telnetPort);
    await player.login('connect', 'Visitor', 'visitorpass');
    keeper.send('@shutdown Moving to a bigger hearth.');
    await keeper.waitFor('Shutting down Hearth.');
    await player.waitFor('Keeper has shut Hearth down: Moving to a bigger hearth.');
    await player.waitForClose();
    assert.equal(await server.exited, 0);
    assert.ok(server.logs.some((line) => line.includes('shutdown requested by an admin command')));
  });

  it('exports plugin.call spans over OTLP/HTTP when an endpoint is configured', async () => {
    const received: string[] = [];
    const collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(`${request.url} ${body}`);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => collector.close(() => resolve())));
    const server = await startServerProcess({
      ...(await freshStorage()),
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
    });
    const player = await TelnetTestClient.connect(server.telnetPort);
    await player.login('create', 'Tracer', 'tracerpass');
    await player.waitFor('The Hearth(#1');
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    const traces = received.filter((entry) => entry.startsWith('/v1/traces '));
    assert.ok(traces.some((entry) => entry.includes('plugin.call') && entry.includes('navigation')), 'the look at login was traced and flushed on shutdown');
  });

  it('refuses to start on bad configuration, naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, HEARTH_TELNET_PORT: 'seventy' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 1);
    assert.match(output, /HEARTH_TELNET_PORT/);
  });
});
