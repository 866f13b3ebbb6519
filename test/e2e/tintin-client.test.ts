// The real TinTin++ client (Debian's tt++) plays Hearth: it creates a character through the
// hidden-password prompts, says something a telnet player hears, looks, and walks north when
// asked. Meanwhile the server must have learnt what TinTin++ told it (TTYPE/MTTS, NAWS, CHARSET)
// and be compressing its output (MCCP2), which TinTin++ only reads back correctly if it is right.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stripAnsi } from '../../core/sessions/text-style.js';
import { Mtts } from '../../server/telnet/client-profile.js';
import { TelnetConnection } from '../../server/telnet/telnet-connection.js';
import { requireProgram, tintinPath } from '../support/external-programs.js';
import { digRoom } from '../support/world-fixtures.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

function tintinScript(port: number): string {
  return [
    '#event {SESSION DISCONNECTED} {#end}',
    '#action {^connect <name>} {create Tina}',
    '#action {^Choose a password:} {tinpass1}',
    '#action {^Type the same password again:} {tinpass1}',
    '#action {^Welcome, Tina.} {say Hello from TinTin++;look}',
    '#action {^Bob says, "Tina, walk north please."} {north}',
    '#action {^Roses climb the old walls.} {QUIT}',
    `#session hearth 127.0.0.1 ${port}`,
    '',
  ].join('\n');
}

describe('TinTin++ against Hearth', () => {
  let server: TestServer;
  let folder: string;

  before(async () => {
    server = await startTestServer();
    await digRoom(server.core, server.core.world.startingRoomId, {
      name: 'Garden',
      description: 'Roses climb the old walls.',
      exit: 'North;n',
      back: 'South;s',
    });
    folder = await mkdtemp(join(tmpdir(), 'hearth-tintin-'));
  });
  after(async () => {
    await server.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('logs in with hidden password prompts, says, looks and moves', async (t) => {
    const tintin = requireProgram(t, tintinPath(), 'tintin++');
    if (!tintin) return;
    const bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    const script = join(folder, 'hearth.tin');
    await writeFile(script, tintinScript(server.telnetPort));

    // -G: no greeting screen; -H: runs without a terminal, writing what it shows to stdout.
    const child = spawn(tintin, ['-G', '-H', script], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    let shown = '';
    child.stdout.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    try {
      await bob.waitFor('Tina has connected.', 30_000);
      await bob.waitFor('Tina says, "Hello from TinTin++"', 30_000);

      const tinaId = (await server.core.accounts.findByName('Tina'))!.characterId;
      const [session] = server.core.sessions.sessionsOf(tinaId);
      assert.ok(session?.transport instanceof TelnetConnection);
      const connection = session.transport;
      assert.equal(connection.profile.clientName, 'TINTIN++', 'first TTYPE answer');
      assert.ok(connection.profile.terminalType, 'second TTYPE answer');
      assert.ok(connection.profile.mtts !== null && (connection.profile.mtts & Mtts.UTF8) !== 0, 'MTTS bits with UTF-8');
      assert.ok(connection.profile.width > 0, 'NAWS reported a width');
      assert.equal(connection.profile.charset, 'utf-8', 'CHARSET agreed on UTF-8');
      assert.equal(connection.compressing, true, 'MCCP2 is on');

      bob.send('say Tina, walk north please.');
      await bob.waitFor('Tina has left.', 30_000);
      assert.equal(await exited, 0, `TinTin++ ended cleanly; it showed:\n${shown}`);
    } finally {
      clearTimeout(killer);
      if (child.exitCode === null) child.kill('SIGKILL');
      await bob.close();
    }

    const screen = stripAnsi(shown);
    assert.match(screen, /Choose a password:/);
    assert.match(screen, /Welcome, Tina\./);
    assert.match(screen, /You say, "Hello from TinTin\+\+"/);
    assert.match(screen, /The Hearth\(#1\)[\s\S]*Contents:\s*Bob/, 'look shows the room and who is there');
    assert.ok((screen.split('Garden(#2)')[0]!.match(/The Hearth\(#1\)/g) ?? []).length >= 2, 'the login look, then the typed look');
    assert.match(screen, /Bob says, "Tina, walk north please\."/);
    assert.match(screen, /Garden\(#2\)\s+Roses climb the old walls\./);
    assert.match(screen, /Goodbye\. Come back soon\./);
    assert.ok(!screen.includes('tinpass1'), 'the password is never shown');
  });
});
