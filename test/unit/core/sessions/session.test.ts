// A session's input backlog: a paste runs in full, in order and at the rate limit; only lines
// beyond the bound are dropped, with one message that counts them; QUIT never waits; closing
// stops what is waiting.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { Session, type SessionLimits } from '../../../../core/sessions/session.js';
import { MemoryTransport } from '../../../support/memory-transport.js';

/** A session whose handler records each line, and can be held so that lines pile up. */
function recordingSession(limits: SessionLimits) {
  const handled: Array<{ line: string; at: number }> = [];
  let release: () => void = () => {};
  let gate: Promise<void> | null = null;
  const transport = new MemoryTransport();
  const session = new Session(1, transport, async (_session, line) => {
    handled.push({ line, at: Date.now() });
    if (gate && line !== 'QUIT') await gate;
  }, limits);
  return {
    session,
    transport,
    handled,
    hold(): void {
      gate = new Promise((resolve) => (release = resolve));
    },
    release(): void {
      gate = null;
      release();
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(5);
  }
}

describe('Session input backlog', () => {
  it('runs a paste longer than the burst in full, in order, at the rate', async () => {
    const { session, transport, handled } = recordingSession({ rate: { perSecond: 50, burst: 5 }, maxQueuedLines: 100 });
    const started = Date.now();
    for (let n = 1; n <= 30; n += 1) session.receive(`line ${n}`);
    await until(() => handled.length === 30);
    assert.deepEqual(
      handled.map((entry) => entry.line),
      Array.from({ length: 30 }, (_, n) => `line ${n + 1}`),
    );
    // 5 at once, then 25 more at 50 a second: half a second at least.
    assert.ok(handled[29]!.at - started >= 450, `the last line ran after ${handled[29]!.at - started} ms`);
    assert.ok(handled[4]!.at - started < 100, 'the burst runs at once');
    await sleep(300);
    assert.doesNotMatch(transport.output.all, /dropped/);
    session.markClosed();
  });

  it('drops only the lines beyond the bound, and says how many once', async () => {
    const { session, transport, handled, hold, release } = recordingSession({ rate: { perSecond: 1000, burst: 1000 }, maxQueuedLines: 10 });
    hold();
    for (let n = 1; n <= 25; n += 1) session.receive(`line ${n}`);
    for (let n = 26; n <= 30; n += 1) session.receive(`line ${n}`);
    // One runs, ten wait, the other nineteen are dropped.
    await transport.output.waitFor('Input backlog full: 19 lines were dropped. At most 10 lines wait their turn, and 1000 run a second.');
    release();
    await until(() => handled.length === 11);
    assert.deepEqual(
      handled.map((entry) => entry.line),
      Array.from({ length: 11 }, (_, n) => `line ${n + 1}`),
    );
    assert.equal(transport.output.all.split('Input backlog full').length - 1, 1, 'one message for the whole flood');
    // Room again: the next line is taken.
    session.receive('after');
    await until(() => handled.length === 12);
    assert.equal(handled[11]!.line, 'after');
    session.markClosed();
  });

  it('bounds the backlog by size too, so long lines cannot pile up', async () => {
    const { session, transport, handled, hold, release } = recordingSession({ rate: { perSecond: 1000, burst: 1000 }, maxQueuedLines: 100 });
    hold();
    const long = 'x'.repeat(8192);
    // One runs; eight of 8 KB fill the 64 KB backlog; the other eleven are dropped.
    for (let n = 0; n < 20; n += 1) session.receive(long);
    await transport.output.waitFor('Input backlog full: 11 lines were dropped.');
    release();
    await until(() => handled.length === 9);
    session.markClosed();
  });

  it('lets QUIT past a full backlog', async () => {
    const { session, handled, hold } = recordingSession({ rate: { perSecond: 1, burst: 1 }, maxQueuedLines: 5 });
    hold();
    for (let n = 1; n <= 20; n += 1) session.receive(`line ${n}`);
    session.receive('  quit ');
    await until(() => handled.length === 2);
    assert.deepEqual(
      handled.map((entry) => entry.line),
      ['line 1', '  quit '],
    );
    session.markClosed();
  });

  it('stops waiting, and tells nothing more, once closed', async () => {
    const { session, transport, handled } = recordingSession({ rate: { perSecond: 5, burst: 1 }, maxQueuedLines: 2 });
    for (let n = 1; n <= 6; n += 1) session.receive(`line ${n}`);
    await until(() => handled.length === 1);
    session.markClosed();
    await sleep(600);
    assert.equal(handled.length, 1, 'nothing ran after the close');
    assert.doesNotMatch(transport.output.all, /dropped/, 'the count of a closed session is not reported');
    session.receive('late');
    await sleep(50);
    assert.equal(handled.length, 1);
  });
  it('tells whoever waits on a line when it has run, when it was dropped, and when the session closed first', async () => {
    const { session, handled, hold, release } = recordingSession({ rate: { perSecond: 1000, burst: 1000 }, maxQueuedLines: 2 });
    const done: string[] = [];
    hold();
    session.receive('first', () => done.push(`ran ${handled.map((entry) => entry.line).join(',')}`));
    session.receive('second', () => done.push('second'));
    session.receive('third', () => done.push('third'));
    session.receive('fourth', () => done.push('fourth (dropped)'));
    assert.deepEqual(done, ['fourth (dropped)'], 'a dropped line is answered at once; the others wait');
    release();
    await until(() => done.length === 4);
    assert.deepEqual(done, ['fourth (dropped)', 'ran first', 'second', 'third']);

    hold();
    session.receive('stuck', () => done.push('stuck'));
    session.receive('waiting', () => done.push('waiting (closed)'));
    await until(() => handled.some((entry) => entry.line === 'stuck'));
    session.markClosed();
    assert.ok(done.includes('waiting (closed)'));
    session.receive('after', () => done.push('after (closed)'));
    assert.ok(done.includes('after (closed)'));
    release();
    await until(() => done.includes('stuck'));
  });
});
