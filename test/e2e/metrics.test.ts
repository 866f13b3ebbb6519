// /metrics and /health as an operator's Prometheus meets them: the scrape parses as Prometheus
// text, and its figures follow what players do (connections by transport and TLS, commands by
// plugin, call latencies, a plugin crash, errors by code, event writes, memory, the
// certificate's expiry). Every metric the Grafana dashboard in docs/ plots is served. With
// HEARTH_METRICS_ALLOW=token, a scrape without the admin token is refused, and /health shows
// only whether the server is up.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hostileManifest, PluginFolder } from '../support/plugin-folder.js';
import { PrometheusText } from '../support/prometheus-text.js';
import { makeSelfSignedCertificate, type TestCertificate } from '../support/self-signed-certificate.js';
import { connectTlsTelnet } from '../support/tls-clients.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

const TOKEN = 'metrics-test-token-0123456789';

describe('/metrics and /health', () => {
  let folder: PluginFolder;
  let certificates: string;
  let certificate: TestCertificate;
  let server: TestServer;
  let base: string;

  before(async () => {
    folder = await PluginFolder.create();
    await folder.wat('hostile.wat', 'hostile.wasm');
    await folder.manifest('hostile-trap', hostileManifest('hostile-trap', ['trap']));
    certificates = await mkdtemp(join(tmpdir(), 'hearth-metrics-tls-'));
    certificate = await makeSelfSignedCertificate(certificates, 'server');
    server = await startTestServer({
      HEARTH_MANIFEST_DIRS: `${folder.path},plugins`,
      HEARTH_METRICS_ALLOW: 'token',
      HEARTH_ADMIN_TOKEN: TOKEN,
      HEARTH_TLS_CERT: certificate.certFile,
      HEARTH_TLS_KEY: certificate.keyFile,
      HEARTH_TLS_TELNET_PORT: '0',
      HEARTH_HTTPS_PORT: '0',
    });
    base = `http://127.0.0.1:${server.httpPort}`;
  });
  after(async () => {
    await server.dispose();
    await folder.remove();
    await rm(certificates, { recursive: true, force: true });
  });

  async function scrape(): Promise<PrometheusText> {
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    return new PrometheusText(await response.text());
  }

  it('counts what players do, in text Prometheus parses', async () => {
    const before = await scrape();
    const says = (text: PrometheusText) => text.samples('hearth_commands_total', { plugin: 'communication', command: 'say' })[0]?.value ?? 0;
    const alice = await TelnetTestClient.connect(server.telnetPort);
    const watcher = await WebsocketTestClient.connect(server.httpPort);
    const tess = await connectTlsTelnet(server.tlsTelnetPort!, certificate.certPem);
    try {
      await alice.login('create', 'Alice', 'alicepass');
      await tess.login('create', 'Tess', 'tesspass1');
      alice.send('say Hello, metrics.');
      await alice.waitFor('You say, "Hello, metrics."');
      alice.send('@dig Vault');
      await alice.waitFor(/Permission denied/);
      alice.send('trap');
      await alice.waitFor(/E_PLUGIN_TRAP/);
      await watcher.waitFor('QUIT');

      const after = await scrape();
      assert.equal(after.value('hearth_players', { transport: 'telnet', tls: 'false' }), 1);
      assert.equal(after.value('hearth_players', { transport: 'telnet', tls: 'true' }), 1);
      assert.equal(after.value('hearth_players', { transport: 'websocket', tls: 'false' }), 0);
      assert.equal(after.value('hearth_connections', { transport: 'websocket', tls: 'false' }), 1);
      assert.equal(says(after) - says(before), 1);
      const sayCalls = after.samples('hearth_plugin_call_duration_seconds_count', { plugin: 'communication', outcome: 'ok' });
      assert.ok(sayCalls.reduce((total, sample) => total + sample.value, 0) >= 1, 'the say was timed');
      assert.equal(after.families.get('hearth_plugin_call_duration_seconds')?.type, 'histogram');
      assert.ok(after.value('hearth_plugin_crashes_total', { plugin: 'hostile-trap', code: 'E_PLUGIN_TRAP' }) >= 1);
      assert.ok(after.value('hearth_errors_total', { code: 'E_PERMISSION_DENIED', where: 'command' }) >= 1);
      assert.ok(after.value('hearth_errors_total', { code: 'E_PLUGIN_TRAP', where: 'plugin_call' }) >= 1);
      assert.ok(after.value('hearth_plugin_starts_total', { plugin: 'communication' }) >= 1);
      assert.equal(after.value('hearth_plugin_status', { plugin: 'communication', status: 'ready' }), 1);
      assert.equal(after.value('hearth_plugin_status', { plugin: 'communication', status: 'error' }), 0);
      assert.ok(after.value('hearth_event_store_append_duration_seconds_count', { outcome: 'ok' }) >= 1);
      assert.ok(after.value('hearth_events_appended_total') >= 1);
      for (const kind of ['events', 'kv', 'locations']) assert.ok(after.value('hearth_write_backlog', { kind }) >= 0);
      assert.equal(after.value('hearth_database_up'), 1);
      assert.equal(after.value('hearth_info', { database: server.core.database.driver }), 1);
      assert.ok(after.value('process_resident_memory_bytes') > 0);
      assert.ok(after.value('nodejs_heap_size_used_bytes') > 0);
      const expiry = after.value('hearth_tls_certificate_expiry_timestamp_seconds');
      assert.equal(expiry, Math.floor(new Date(new X509Certificate(certificate.certPem).validTo).getTime() / 1000));
    } finally {
      await Promise.all([alice.close(), watcher.close(), tess.close()]);
    }
  });

  it('serves every metric the Grafana dashboard plots', async () => {
    const dashboard = JSON.parse(await readFile(new URL('../../docs/grafana-dashboard.json', import.meta.url), 'utf8')) as {
      panels: Array<{ targets?: Array<{ expr: string }> }>;
    };
    const expressions = dashboard.panels.flatMap((panel) => panel.targets ?? []).map((target) => target.expr);
    assert.ok(expressions.length >= 15);
    const served = await scrape();
    const names = new Set(expressions.flatMap((expr) => expr.match(/\b(?:hearth|process|nodejs)_[a-z0-9_]+/g) ?? []));
    const missing = [...names].filter((name) => !served.families.has(name) && !served.families.has(name.replace(/_(bucket|count|sum)$/, '')));
    assert.deepEqual(missing, []);
  });

  it('refuses a scrape without the admin token, or with a wrong one', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Bearer wrong-token-wrong-token' }, { authorization: TOKEN }];
    for (const headers of attempts) {
      const response = await fetch(`${base}/metrics`, { headers });
      assert.equal(response.status, 401);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'E_UNAUTHORIZED');
      assert.match(body.error.message, /HEARTH_METRICS_ALLOW/);
    }
  });

  it('shows /health details, memory included, only with the token', async () => {
    const open = (await (await fetch(`${base}/health`)).json()) as Record<string, unknown>;
    assert.deepEqual(open, { status: 'ok' });
    const detailed = (await (await fetch(`${base}/health`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as {
      status: string;
      memory: { rssMb: number; heapUsedMb: number };
    };
    assert.equal(detailed.status, 'ok');
    assert.ok(detailed.memory.rssMb > 0 && detailed.memory.heapUsedMb > 0);
  });
});
