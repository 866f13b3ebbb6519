// The real TinTin++ client (Debian's tt++) over Hearth's TLS telnet port with `#ssl`: it finishes
// the TLS handshake, creates a character through the hidden-password prompts, says something
// and quits. TinTin++ keeps the certificate it was shown (trust on first use) in
// $HOME/.tintin/ssl, which must be the one Hearth was given.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stripAnsi } from '../../core/sessions/text-style.js';
import { requireProgram, tintinPath } from '../support/external-programs.js';
import { makeSelfSignedCertificate, type TestCertificate } from '../support/self-signed-certificate.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

function tintinScript(port: number): string {
  return [
    '#event {SESSION DISCONNECTED} {#end}',
    '#action {^connect <name>} {create Tilda}',
    '#action {^Choose a password:} {tildapass}',
    '#action {^Type the same password again:} {tildapass}',
    '#action {^Welcome, Tilda.} {say Hello from TinTin++ over TLS}',
    '#action {^You say, "Hello from TinTin++ over TLS"} {QUIT}',
    `#ssl hearth 127.0.0.1 ${port}`,
    '',
  ].join('\n');
}

describe('TinTin++ over TLS', () => {
  let folder: string;
  let certificate: TestCertificate;
  let server: TestServer;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-tintin-tls-'));
    certificate = await makeSelfSignedCertificate(folder, 'server');
    server = await startTestServer({ HEARTH_TLS_CERT: certificate.certFile, HEARTH_TLS_KEY: certificate.keyFile, HEARTH_TLS_TELNET_PORT: '0', HEARTH_HTTPS_PORT: '0' });
  });
  after(async () => {
    await server.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('connects with #ssl, logs in, says and quits', async (t) => {
    const tintin = requireProgram(t, tintinPath(), 'tintin++');
    if (!tintin) return;
    const port = server.tlsTelnetPort!;
    const bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    const script = join(folder, 'hearth.tin');
    await writeFile(script, tintinScript(port));

    // -G: no greeting screen; -H: runs without a terminal, writing what it shows to stdout.
    const child = spawn(tintin, ['-G', '-H', script], { cwd: folder, env: { ...process.env, HOME: folder }, stdio: ['ignore', 'pipe', 'pipe'] });
    let shown = '';
    child.stdout.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    try {
      await bob.waitFor('Tilda says, "Hello from TinTin++ over TLS"', 30_000);
      const [session] = server.core.sessions.sessionsOf((await server.core.accounts.findByName('Tilda'))!.characterId);
      assert.equal(session?.transport.kind, 'telnet');
      assert.equal(session?.transport.secure, true);
      assert.equal(await exited, 0, `TinTin++ ended cleanly; it showed:\n${shown}`);
    } finally {
      clearTimeout(killer);
      if (child.exitCode === null) child.kill('SIGKILL');
      await bob.close();
    }

    const screen = stripAnsi(shown);
    assert.match(screen, /#SESSION 'hearth' CONNECTED/);
    assert.match(screen, /Welcome, Tilda\./);
    assert.match(screen, /Goodbye\. Come back soon\./);
    assert.ok(!screen.includes('tildapass'), 'the password is never shown');
    const kept = await readFile(join(folder, '.tintin', 'ssl', `127.0.0.1_${port}.crt`), 'utf8');
    assert.equal(new X509Certificate(kept).fingerprint256, certificate.fingerprint256, 'TinTin++ was shown the certificate from the files');
  });
});
