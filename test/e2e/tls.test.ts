// TLS from certificate files, as an operator runs it: the TLS telnet port and HTTPS/WSS serve the
// certificate the files hold; a renewal written over the files is served to new connections
// without a restart while open ones carry on; a broken file is refused with a log line and the
// previous certificate kept; and a start with a broken pair stops with E_TLS_INVALID.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import WebSocket from 'ws';
import { loadConfig } from '../../server/config.js';
import { type RunningHearth, startHearth } from '../../server/hearth-server.js';
import { createEmptyDatabase, serverDriver } from '../support/databases.js';
import { makeSelfSignedCertificate, type TestCertificate } from '../support/self-signed-certificate.js';
import { connectTlsTelnet, httpsGet, servedFingerprint } from '../support/tls-clients.js';

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('TLS telnet and HTTPS/WSS', () => {
  let folder: string;
  let first: TestCertificate;
  let renewed: TestCertificate;
  let hearth: RunningHearth;
  let dropDatabase: () => Promise<void>;
  const logs: string[] = [];
  let certFile: string;
  let keyFile: string;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-tls-'));
    [first, renewed] = await Promise.all([makeSelfSignedCertificate(folder, 'first', 'first.example'), makeSelfSignedCertificate(folder, 'renewed', 'renewed.example')]);
    // The files the server is told about, as certbot's live/ names would be.
    certFile = join(folder, 'fullchain.pem');
    keyFile = join(folder, 'privkey.pem');
    await copyFile(first.certFile, certFile);
    await copyFile(first.keyFile, keyFile);
    const database = await createEmptyDatabase(serverDriver());
    dropDatabase = database.drop;
    const config = loadConfig({
      HEARTH_TELNET_PORT: '0',
      HEARTH_HTTP_PORT: '0',
      HEARTH_TLS_TELNET_PORT: '0',
      HEARTH_HTTPS_PORT: '0',
      HEARTH_TLS_CERT: certFile,
      HEARTH_TLS_KEY: keyFile,
      HEARTH_DATA_DIR: database.dataDir,
      ...(database.url ? { DATABASE_URL: database.url } : {}),
    });
    config.tls!.checkIntervalMs = 100;
    hearth = await startHearth(config, pino({ level: 'info' }, { write: (line: string) => void logs.push(line) }));
  });
  after(async () => {
    await hearth?.stop();
    await dropDatabase?.();
    await rm(folder, { recursive: true, force: true });
  });

  it('plays over the TLS telnet port, with the certificate from the files', async () => {
    assert.ok(hearth.tlsTelnetPort && hearth.httpsPort);
    assert.equal(await servedFingerprint(hearth.tlsTelnetPort), first.fingerprint256);
    const tessa = await connectTlsTelnet(hearth.tlsTelnetPort, first.certPem);
    try {
      await tessa.login('create', 'Tessa', 'tessapass');
      tessa.send('say Over TLS.');
      await tessa.waitFor('You say, "Over TLS."');
      const [session] = hearth.core.sessions.sessionsOf((await hearth.core.accounts.findByName('Tessa'))!.characterId);
      assert.equal(session?.transport.secure, true);
    } finally {
      await tessa.close();
    }
  });

  it('serves the web client, /health and the websocket over HTTPS', async () => {
    const page = await httpsGet(`https://127.0.0.1:${hearth.httpsPort}/`, first.certPem);
    assert.equal(page.status, 200);
    assert.match(page.body, /<html/i);
    const health = JSON.parse((await httpsGet(`https://127.0.0.1:${hearth.httpsPort}/health`, first.certPem)).body) as { tls: { subject: string } };
    assert.equal(health.tls.subject, 'CN=first.example');
    const socket = new WebSocket(`wss://127.0.0.1:${hearth.httpsPort}/ws`, { ca: first.certPem });
    const received: string[] = [];
    socket.on('message', (data) => received.push(data.toString()));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send('create Wendy wendypass');
    await until(() => received.some((line) => line.includes('Welcome, Wendy.')), 'Wendy is welcomed over WSS');
    const [session] = hearth.core.sessions.sessionsOf((await hearth.core.accounts.findByName('Wendy'))!.characterId);
    assert.equal(session?.transport.kind, 'websocket');
    assert.equal(session?.transport.secure, true);
    socket.close();
  });

  it('keeps the old certificate when the files turn bad, and serves a renewal without a restart', async () => {
    const player = await connectTlsTelnet(hearth.tlsTelnetPort!, first.certPem);
    try {
      await player.login('create', 'Renata', 'renatapass');
      await writeFile(certFile, '-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n');
      await until(() => logs.some((line) => line.includes('TLS certificate not reloaded')), 'the broken file is reported');
      const refusal = JSON.parse(logs.find((line) => line.includes('TLS certificate not reloaded'))!) as { code: string; msg: string };
      assert.equal(refusal.code, 'E_TLS_INVALID');
      assert.match(refusal.msg, /HEARTH_TLS_CERT \(.*fullchain\.pem\) holds no PEM certificate/);
      assert.equal(await servedFingerprint(hearth.tlsTelnetPort!), first.fingerprint256, 'still the previous certificate');

      await copyFile(renewed.certFile, certFile);
      await copyFile(renewed.keyFile, keyFile);
      await until(async () => (await servedFingerprint(hearth.tlsTelnetPort!)) === renewed.fingerprint256, 'the TLS telnet port serves the renewal');
      assert.equal(await servedFingerprint(hearth.httpsPort!), renewed.fingerprint256, 'HTTPS serves the renewal');
      assert.ok(logs.some((line) => line.includes('TLS certificate reloaded') && line.includes('renewed.example')));

      player.send('say Still here.');
      await player.waitFor('You say, "Still here."');
    } finally {
      await player.close();
    }
  });

  it('refuses to start on a broken pair, naming the file', async () => {
    const garbage = join(folder, 'garbage.pem');
    await writeFile(garbage, 'hello');
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ HEARTH_TLS_CERT: garbage, HEARTH_TLS_KEY: first.keyFile }, /HEARTH_TLS_CERT \(.*garbage\.pem\) holds no PEM certificate/],
      [{ HEARTH_TLS_CERT: first.certFile, HEARTH_TLS_KEY: garbage }, /HEARTH_TLS_KEY \(.*garbage\.pem\) holds no private key/],
      [{ HEARTH_TLS_CERT: first.certFile, HEARTH_TLS_KEY: renewed.keyFile }, /The key in .*renewed\.key does not belong to the certificate in .*first\.crt/],
      [{ HEARTH_TLS_CERT: join(folder, 'missing.pem'), HEARTH_TLS_KEY: first.keyFile }, /HEARTH_TLS_CERT names .*missing\.pem, which Hearth cannot read \(no such file\)/],
    ];
    for (const [files, message] of cases) {
      const config = loadConfig({ HEARTH_DATA_DIR: 'memory://', HEARTH_TELNET_PORT: '0', HEARTH_HTTP_PORT: '0', ...files });
      await assert.rejects(startHearth(config, pino({ level: 'silent' })), { code: 'E_TLS_INVALID', message });
    }
  });
});
