import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PeerRunFigures, compareRuns, cpuMsPerAnswer, formatRatio, formatValue, ratio } from '../../../../bench/peer/peer-figures.js';
import { runFigures } from '../../../support/peer-run-figures.js';

describe('ratio', () => {
  it('is Hearth over TinyMUX, and null when either is missing or TinyMUX is at 0', () => {
    assert.equal(ratio(36, 6), 6);
    assert.equal(ratio(0, 5), 0);
    assert.equal(ratio(5, 0), null);
    assert.equal(ratio(null, 5), null);
    assert.equal(ratio(5, null), null);
    assert.equal(ratio(Number.NaN, 5), null);
  });
});

describe('cpuMsPerAnswer', () => {
  it('is the CPU time of one answered say: % of a core over answers a second', () => {
    assert.equal(cpuMsPerAnswer(runFigures({ serverCpuPercent: 36, answeredPerSecond: 100 })), 3.6);
    assert.equal(cpuMsPerAnswer(runFigures({ serverCpuPercent: 36, answeredPerSecond: 0 })), null);
    assert.equal(cpuMsPerAnswer(runFigures({ serverCpuPercent: null })), null);
  });
});

describe('compareRuns', () => {
  const tinymux = runFigures({ peer: 'tinymux', serverCpuPercent: 6, serverRssMb: 7, answeredPerSecond: 100 });
  const hearth = runFigures({ peer: 'hearth', serverCpuPercent: 36, serverRssMb: 528, answeredPerSecond: 100, timeouts: 3 });
  const byLabel = (rows: ReturnType<typeof compareRuns>, label: string) => rows.find((row) => row.label === label)!;

  it('puts each figure side by side with Hearth/TinyMUX', () => {
    const rows = compareRuns(tinymux, hearth);
    assert.deepEqual(byLabel(rows, 'server CPU %'), { label: 'server CPU %', format: 'percent', tinymux: 6, hearth: 36, ratio: 6 });
    assert.equal(byLabel(rows, 'RSS MB').ratio! > 75, true);
    assert.equal(byLabel(rows, 'CPU ms per answer').ratio, 6);
    // No timeouts on TinyMUX's side: nothing to divide by.
    assert.deepEqual(byLabel(rows, 'timeouts'), { label: 'timeouts', format: 'count', tinymux: 0, hearth: 3, ratio: null });
  });

  it('leaves latency empty when nothing was answered, and a side that did not run', () => {
    const silent: PeerRunFigures = runFigures({ peer: 'hearth', answeredPerSecond: 0, latencyMs: { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 } });
    const rows = compareRuns(undefined, silent);
    assert.equal(byLabel(rows, 'p50').hearth, null);
    assert.equal(byLabel(rows, 'answered/s').tinymux, null);
    assert.equal(byLabel(rows, 'answered/s').ratio, null);
  });
});

describe('formatValue and formatRatio', () => {
  it('write each kind of figure as the tables show it', () => {
    assert.equal(formatValue(1234.56, 'rate'), '1,234.6');
    assert.equal(formatValue(0.774, 'ms'), '0.77 ms');
    assert.equal(formatValue(4.66, 'ms'), '4.7 ms');
    assert.equal(formatValue(3712.4, 'ms'), '3,712 ms');
    assert.equal(formatValue(13207, 'count'), '13,207');
    assert.equal(formatValue(35.96, 'percent'), '36.0%');
    assert.equal(formatValue(527.96, 'mb'), '528.0');
    assert.equal(formatValue(null, 'mb'), '—');
    assert.equal(formatRatio(4.987), '4.99×');
    assert.equal(formatRatio(75.4), '75×');
    assert.equal(formatRatio(null), '—');
  });
});
