import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareLoad, comparisonTable, markdownSummary } from '../../../../bench/peer/peer-report.js';
import { runFigures } from '../../../support/peer-run-figures.js';

const load = { players: 100, intervalSeconds: 0.5 };
const tinymux = runFigures({ peer: 'tinymux', load, serverCpuPercent: 11, serverRssMb: 7.2 });
const hearth = runFigures({ peer: 'hearth', load, serverCpuPercent: 57, serverRssMb: 580 });

describe('comparisonTable', () => {
  it('titles the load and lines up one row per figure under TinyMUX, Hearth and their ratio', () => {
    const lines = comparisonTable(compareLoad(load, tinymux, hearth));
    assert.equal(lines[0], '100 players, a say every 0.5 s each (200 says/s offered):');
    assert.match(lines[1]!, /TinyMUX\s+Hearth\s+Hearth\/TinyMUX$/);
    const cpu = lines.find((line) => line.trimStart().startsWith('server CPU %'))!;
    assert.match(cpu, /11\.0%\s+57\.0%\s+5\.18×$/);
    // Every row as wide as the header: the columns line up.
    assert.equal(new Set(lines.slice(1).map((line) => line.length)).size, 1);
  });
});

describe('markdownSummary', () => {
  it('has a row per server and a row of ratios for each load run on both', () => {
    const lines = markdownSummary([compareLoad(load, tinymux, hearth), compareLoad({ players: 300, intervalSeconds: 0.3 }, undefined, hearth)]);
    assert.match(lines[0]!, /^\| load \| server \| answered\/s \|/);
    assert.equal(lines.length, 2 + 3 + 1);
    assert.match(lines[2]!, /^\| 100 players, every 0.5 s \| TinyMUX \|/);
    assert.match(lines[4]!, /^\| 100 players, every 0.5 s \| Hearth\/TinyMUX \| 1.00× \|/);
    assert.match(lines[5]!, /^\| 300 players, every 0.3 s \| Hearth \|/);
    const columns = (line: string): number => line.split('|').length;
    assert.equal(new Set(lines.map(columns)).size, 1);
  });
});
