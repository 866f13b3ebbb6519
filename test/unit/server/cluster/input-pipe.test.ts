// A connection's lines reach the core in order, each acknowledged; while no core answers they are
// held and sent again, the player told once; past the hold they are given up, saying so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { CoreReply } from '../../../../core/cluster/cluster-messages.js';
import { InputPipe, type PipeItem, RESTARTING_NOTICE, RESUMED_NOTICE } from '../../../../server/cluster/input-pipe.js';

interface Harness {
  pipe: InputPipe;
  sent: PipeItem[];
  notices: string[];
  refusals: Array<[PipeItem, CoreReply]>;
  setAnswering(answering: boolean): void;
}

function harness(options: { holdMs?: number; reply?: (item: PipeItem) => CoreReply } = {}): Harness {
  const sent: PipeItem[] = [];
  const notices: string[] = [];
  const refusals: Array<[PipeItem, CoreReply]> = [];
  let answering = true;
  const pipe = new InputPipe({
    holdMs: options.holdMs ?? 2000,
    retryMs: 10,
    noticeAfterMs: 30,
    send: async (item) => {
      await delay(1);
      if (!answering) throw new Error('no responders');
      sent.push(item);
      return options.reply?.(item) ?? { ok: true };
    },
    notify: (text) => notices.push(text),
    refused: (item, reply) => refusals.push([item, reply]),
  });
  return { pipe, sent, notices, refusals, setAnswering: (value) => (answering = value) };
}

async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await delay(5);
  }
}

const lines = (items: PipeItem[]): string[] => items.flatMap((item) => (item.kind === 'line' ? [item.line] : ['(open)']));

describe('the input pipe', () => {
  it('opens first and sends lines in order, numbered from 1', async () => {
    const h = harness();
    h.pipe.open();
    for (const line of ['a', 'b', 'c']) h.pipe.line(line);
    await until(() => h.sent.length === 4);
    assert.deepEqual(lines(h.sent), ['(open)', 'a', 'b', 'c']);
    assert.deepEqual(h.sent.slice(1).map((item) => (item.kind === 'line' ? item.seq : 0)), [1, 2, 3]);
    assert.deepEqual(h.notices, []);
  });

  it('holds lines while no core answers, says so once, and runs them in order when one is back', async () => {
    const h = harness();
    h.setAnswering(false);
    h.pipe.open();
    h.pipe.line('say one');
    h.pipe.line('say two');
    await until(() => h.notices.length === 1);
    assert.deepEqual(h.notices, [RESTARTING_NOTICE]);
    await delay(50);
    assert.equal(h.sent.length, 0);
    h.setAnswering(true);
    await until(() => h.sent.length === 3);
    assert.deepEqual(lines(h.sent), ['(open)', 'say one', 'say two']);
    assert.deepEqual(h.notices, [RESTARTING_NOTICE, RESUMED_NOTICE]);
  });

  it('gives up the waiting lines after the hold, saying how many, and carries on with later ones', async () => {
    const h = harness({ holdMs: 100 });
    h.setAnswering(false);
    h.pipe.line('one');
    h.pipe.line('two');
    await until(() => h.notices.some((notice) => notice.includes('2 lines were not run')));
    h.setAnswering(true);
    h.pipe.line('three');
    await until(() => h.sent.length === 1);
    assert.deepEqual(lines(h.sent), ['three']);
  });

  it("hands the core's refusals to the gateway, and a reopen goes ahead of waiting lines", async () => {
    let forgotten = true;
    const h = harness({
      reply: (item) =>
        item.kind === 'line' && forgotten ? { ok: false, code: 'E_CLUSTER_UNKNOWN_SESSION', message: 'no session' } : { ok: true },
    });
    h.pipe.line('look');
    await until(() => h.refusals.length === 1);
    forgotten = false;
    h.pipe.line('later');
    h.pipe.reopen();
    await until(() => lines(h.sent).includes('later'));
    assert.deepEqual(lines(h.sent).slice(-2), ['(open)', 'later']);
  });

  it('on restart gives up the lines waiting for the old session, even the one being retried, and opens anew', async () => {
    const h = harness();
    h.setAnswering(false);
    h.pipe.line('say for the old core');
    h.pipe.line('say this too');
    await delay(30);
    assert.equal(h.pipe.restart(), 2);
    h.setAnswering(true);
    h.pipe.line('connect Alice pw');
    await until(() => h.sent.length === 2);
    await delay(30);
    assert.deepEqual(lines(h.sent), ['(open)', 'connect Alice pw']);
  });

  it('bounds what waits, and never repeats a dropped line (it may be a password)', async () => {
    const h = harness();
    h.setAnswering(false);
    for (let i = 0; i < 105; i += 1) h.pipe.line(`secret${i}`);
    const drops = h.notices.filter((notice) => notice.includes('dropped'));
    assert.equal(drops.length, 5);
    for (const notice of h.notices) assert.doesNotMatch(notice, /secret/);
    h.pipe.close();
  });

  it('stops retrying and sends nothing new once the connection is closed', async () => {
    const h = harness();
    h.setAnswering(false);
    h.pipe.line('one');
    // Closed once the player has been told, whenever that is on a busy machine.
    await until(() => h.notices.length === 1);
    h.pipe.close();
    await delay(30);
    h.setAnswering(true);
    h.pipe.line('two');
    await delay(50);
    assert.deepEqual(h.sent, []);
    assert.deepEqual(h.notices, [RESTARTING_NOTICE]);
  });
});
