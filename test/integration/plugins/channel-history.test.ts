// Channel history in the messaging plugin, in the harness: the latest lines shown on joining (as
// many as the game sets), pages of 20 further back, dates on lines from other days, lines past
// the retention hidden and then pruned from the table, and talk that still goes out when the
// table refuses to keep its line. The harness clock starts at 2026-01-01 00:00 UTC.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/messaging/manifest.yaml';
const DAY = 86_400_000;

function settings(overrides: Record<string, string>): { manifest: { config: Record<string, string> } } {
  return { manifest: { config: { create_role: 'builder', join_recall_lines: '10', history_days: '30', ...overrides } } };
}

async function keptLines(harness: PluginHarness, channel: string): Promise<string[]> {
  const result = (await harness.database!.db.execute(
    sql`select text from "plugin_messaging$channel_lines" where channel = ${channel} order by row_id`,
  )) as unknown as { rows: Array<{ text: string }> };
  return result.rows.map((row) => row.text);
}

describe('channel history: pages and the lines shown on joining', () => {
  let harness: PluginHarness;
  let olga: WorldObject;
  let bob: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    olga = harness.world.addCharacter('Olga', { role: 'builder' });
    bob = harness.world.addCharacter('Bob');
    await harness.command('@channel/create lore', olga.id);
    for (let i = 1; i <= 45; i += 1) await harness.command(`+lore tale ${i}`, olga.id);
  });
  after(() => harness.close());

  it('shows the 10 latest lines to someone joining, before their own notice', async () => {
    const joined = await harness.command('@channel/join lore', bob.id);
    const tales = Array.from({ length: 10 }, (_unused, index) => `[00:00] [lore] Olga says, "tale ${36 + index}"`);
    assert.equal(joined.output, ['You join channel lore.', 'Recently on lore:', ...tales].join('\n'));
  });

  it('pages back 20 lines at a time, saying where older lines are, until they run out', async () => {
    const tale = (n: number): string => `[00:00] [lore] Olga says, "tale ${n}"`;
    const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_unused, index) => tale(from + index));
    const first = await harness.command('@channel/history lore', bob.id);
    assert.equal(first.output, ['History of lore, page 1 (the newest lines):', ...range(27, 45), '[00:00] [lore] Bob has joined this channel.', 'Older lines: @channel/history lore=2'].join('\n'));
    assert.equal((await harness.command('@channel/history lore=1', bob.id)).output, first.output);
    assert.equal((await harness.command('@channel/history LORE = 2', bob.id)).output, ['History of lore, page 2:', ...range(7, 26), 'Older lines: @channel/history lore=3'].join('\n'));
    assert.equal((await harness.command('@channel/history lore=3', bob.id)).output, ['History of lore, page 3:', ...range(1, 6)].join('\n'));
    assert.equal((await harness.command('@channel/history lore=4', bob.id)).error, 'The history of lore has no page 4; try a smaller number.');
  });

  it('refuses pages that are not whole numbers from 1 to 50', async () => {
    const refusal = 'Pages are numbered from 1 (the newest lines) to 50: use @channel/history lore=<page>.';
    for (const page of ['0', '51', '-1', '1.5', 'two', '', ' ', '1e2', '9'.repeat(40), '\u0662']) {
      assert.equal((await harness.command(`@channel/history lore=${page}`, bob.id)).error, refusal, JSON.stringify(page));
    }
    assert.equal((await harness.command('@channel/history lore=50', bob.id)).error, 'The history of lore has no page 50; try a smaller number.');
  });

  it('dates lines from other days, and reads calendar dates right across a leap day', async () => {
    harness.clock.advance(Date.UTC(2028, 1, 29, 13, 45) - Date.UTC(2026, 0, 1));
    // history_days is 30: everything from 2026 is past keeping now, and hidden.
    assert.equal((await harness.command('@channel/history lore', bob.id)).output, 'Nothing has been said on lore yet.');
    await harness.command('+lore a leap day tale', olga.id);
    harness.clock.advance(DAY);
    await harness.command('+lore the day after', olga.id);
    assert.equal(
      (await harness.command('@channel/history lore', bob.id)).output,
      ['History of lore, page 1 (the newest lines):', '[Feb 29 13:45] [lore] Olga says, "a leap day tale"', '[13:45] [lore] Olga says, "the day after"'].join('\n'),
    );
  });
});

describe('channel history: settings, retention and pruning', () => {
  it('shows as many lines on joining as join_recall_lines says, none for 0', async () => {
    for (const [recall, expected] of [
      ['0', 0],
      ['3', 3],
      ['junk', 10],
    ] as const) {
      const harness = await PluginHarness.load(MANIFEST, settings({ join_recall_lines: recall }));
      try {
        const olga = harness.world.addCharacter('Olga', { role: 'builder' });
        await harness.command('@channel/create lore', olga.id);
        for (let i = 1; i <= 12; i += 1) await harness.command(`+lore tale ${i}`, olga.id);
        const lines = ((await harness.command('@channel/join lore', harness.world.addCharacter('Bob').id)).output ?? '').split('\n');
        assert.equal(lines[0], 'You join channel lore.', recall);
        assert.equal(lines.length, expected === 0 ? 1 : expected + 2, recall);
        if (expected > 0) assert.equal(lines.at(-1), '[00:00] [lore] Olga says, "tale 12"', recall);
      } finally {
        await harness.close();
      }
    }
  });

  it('hides lines past history_days at once, and prunes whole days of them from the table', async () => {
    const harness = await PluginHarness.load(MANIFEST, settings({ history_days: '2' }));
    try {
      const olga = harness.world.addCharacter('Olga', { role: 'builder' });
      await harness.command('@channel/create news', olga.id);
      await harness.command('+news day one', olga.id);
      harness.clock.advance(DAY);
      await harness.command('+news day two', olga.id);
      harness.clock.advance(DAY + 60_000);
      // Day one's line is now more than two days old: hidden, though still in the table.
      assert.equal(
        (await harness.command('@channel/history news', olga.id)).output,
        ['History of news, page 1 (the newest lines):', '[Jan 02 00:00] [news] Olga says, "day two"'].join('\n'),
      );
      assert.deepEqual(await keptLines(harness, 'news'), ['[news] Olga says, "day one"', '[news] Olga says, "day two"']);
      harness.clock.advance(DAY);
      await harness.command('+news day four', olga.id);
      // Day one is wholly past keeping, so it is pruned; day two's line is hidden by now, but its day
      // is not wholly past keeping yet, so it stays in the table until a later day's pruning.
      assert.deepEqual(await keptLines(harness, 'news'), ['[news] Olga says, "day two"', '[news] Olga says, "day four"']);
      const pruned = (await harness.database!.db.execute(sql`select pruned_day from "plugin_messaging$channels" where name = 'news'`)) as unknown as { rows: Array<{ pruned_day: number }> };
      assert.equal(pruned.rows[0]?.pruned_day, Math.floor((Date.UTC(2026, 0, 1) + 3 * DAY + 60_000) / DAY));
    } finally {
      await harness.close();
    }
  });

  it('keeps lines for good with history_days 0', async () => {
    const harness = await PluginHarness.load(MANIFEST, settings({ history_days: '0' }));
    try {
      const olga = harness.world.addCharacter('Olga', { role: 'builder' });
      await harness.command('@channel/create annals', olga.id);
      await harness.command('+annals long ago', olga.id);
      harness.clock.advance(4000 * DAY);
      await harness.command('+annals today', olga.id);
      assert.match((await harness.command('@channel/history annals', olga.id)).output ?? '', /\[Jan 01 00:00\] \[annals\] Olga says, "long ago"\n\[00:00\] \[annals\] Olga says, "today"$/);
      assert.equal((await keptLines(harness, 'annals')).length, 2);
    } finally {
      await harness.close();
    }
  });

  it('still delivers talk when the table will not keep the line, and logs that it was not kept', async () => {
    const harness = await PluginHarness.load(MANIFEST, { limits: { dbWritesPerSecond: 0, dbWriteBurst: 0 } });
    try {
      const olga = harness.world.addCharacter('Olga', { role: 'builder' });
      await harness.database!.db.execute(sql`insert into "plugin_messaging$channels" (name, owner) values ('busy', ${olga.id})`);
      await harness.listeners.listen(olga.id, 'channel:busy');
      const said = await harness.command('+busy still heard', olga.id);
      assert.equal(said.error, undefined);
      assert.deepEqual(said.events.map((event) => event.payload['text']), ['[busy] Olga says, "still heard"']);
      assert.deepEqual(await keptLines(harness, 'busy'), []);
      assert.ok(harness.logs.some((line) => line.msg.startsWith('A line on channel busy was not kept in its history:')), 'logged');
    } finally {
      await harness.close();
    }
  });
});
