import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MemoryPoint, judgeTrend, leastSquaresSlope, lowerEnvelope, memoryTrend } from '../../../bench/soak/memory-trend.js';
import { memorySeries } from '../../../bench/soak/soak-report.js';
import type { MemorySample } from '../../../bench/soak/memory-sampler.js';
import { SeededRandom } from '../../support/seeded-random.js';

/**
 * A heap like the server's under load: a full collection every ~15 s leaves `baseMb` (plus what
 * leaks, and up to 0.6 MB of whatever was in flight at that moment), then garbage piles up again.
 */
function sawtooth(random: SeededRandom, minutes: number, baseMb: number, leakMbPerMinute: number): MemoryPoint[] {
  const points: MemoryPoint[] = [];
  for (let at = 0; at < minutes; at += 0.25) points.push({ atMinutes: at, mb: baseMb + leakMbPerMinute * at + random.next() * 0.6 });
  return points;
}

describe('leastSquaresSlope', () => {
  it('fits a straight line exactly and is 0 without a spread of times', () => {
    assert.equal(leastSquaresSlope([0, 1, 2, 3].map((at) => ({ atMinutes: at, mb: 10 + 2 * at }))), 2);
    assert.equal(leastSquaresSlope([{ atMinutes: 1, mb: 5 }]), 0);
    assert.equal(leastSquaresSlope([{ atMinutes: 1, mb: 5 }, { atMinutes: 1, mb: 9 }]), 0);
  });
});

describe('lowerEnvelope', () => {
  it('keeps the lowest point of each window and skips empty windows', () => {
    const points = [
      { atMinutes: 0, mb: 50 },
      { atMinutes: 0.5, mb: 40 },
      { atMinutes: 1.2, mb: 60 },
      { atMinutes: 3.1, mb: 45 },
      { atMinutes: 3.9, mb: 44 },
    ];
    assert.deepEqual(lowerEnvelope(points, 1), [
      { atMinutes: 0.5, mb: 40 },
      { atMinutes: 1.2, mb: 60 },
      { atMinutes: 3.9, mb: 44 },
    ]);
  });
});

describe('memoryTrend and judgeTrend', () => {
  const random = new SeededRandom(20_240_601);

  it('finds no growth in a steady heap with noise, over a short run or a long one', () => {
    for (const minutes of [2, 25]) {
      const trend = memoryTrend(sawtooth(random, minutes, 40, 0), 1 / 3);
      assert.equal(judgeTrend(trend, minutes < 5 ? 1 : 0.25).kind, 'steady', JSON.stringify(trend));
    }
  });

  it('finds a leak of a few MB a minute in two minutes, and a small one over a long run', () => {
    assert.equal(judgeTrend(memoryTrend(sawtooth(random, 2, 40, 3), 1 / 3), 1).kind, 'growing');
    const slow = memoryTrend(sawtooth(random, 25, 40, 0.5), 1);
    assert.equal(judgeTrend(slow, 0.25).kind, 'growing');
    assert.ok(Math.abs(slow!.slopeMbPerMinute - 0.5) < 0.1, `fitted ${slow!.slopeMbPerMinute} MB/min for 0.5`);
  });

  it('is not fooled by a burst: a collection that ran in a busy moment raises no trend', () => {
    // Bursts shorter than a window: each window still holds a calm collection.
    const busy = (at: number): boolean => (at > 1.4 && at < 1.6) || (at > 2.4 && at < 2.6);
    const points = sawtooth(random, 3, 40, 0).map((point) => (busy(point.atMinutes) ? { ...point, mb: point.mb + 30 } : point));
    assert.equal(judgeTrend(memoryTrend(points, 0.5), 1).kind, 'steady');
  });

  it('gives no verdict from too few windows', () => {
    const trend = memoryTrend([{ atMinutes: 0, mb: 40 }, { atMinutes: 0.1, mb: 41 }], 1);
    assert.equal(trend, null);
    assert.equal(judgeTrend(trend, 1).kind, 'inconclusive');
  });
});

describe('memorySeries', () => {
  const sample = (atMinutes: number, fullGcs: number | null, heapAfterFullGcMb: number | null): MemorySample => ({
    atMinutes,
    rssMb: 500,
    cpuPercent: 10,
    heapUsedMb: 60,
    externalMb: 200,
    heapAfterFullGcMb,
    fullGcs,
  });

  it('takes one heap point per new full collection, from the chosen minute on', () => {
    const series = memorySeries(
      [sample(0, 0, null), sample(0.5, 1, 42), sample(1, 1, 42), sample(1.5, 3, 41), sample(2, null, null), sample(2.5, 4, 43), sample(3, 4, 43)],
      1,
    );
    assert.deepEqual(series.heapAfterFullGc, [
      { atMinutes: 1.5, mb: 41 },
      { atMinutes: 2.5, mb: 43 },
    ]);
    assert.equal(series.rss.length, 5);
  });
});
