// What the side-by-side bench prints (a table per load, then a Markdown summary to paste into
// docs/BENCHMARKS.md) and the JSON results it writes, in the words docs/BENCHMARKS.md uses.
import type { LogWarning } from '../load/server-process.js';
import type { LoadResults } from '../load/report.js';
import { describeLoad, type LoadSpec } from './load-spec.js';
import { type ComparisonRow, type PeerRunFigures, compareRuns, formatRatio, formatValue } from './peer-figures.js';
import type { PeerOptions } from './options.js';

export interface LoadComparison {
  load: LoadSpec;
  tinymux?: PeerRunFigures;
  hearth?: PeerRunFigures;
  rows: ComparisonRow[];
}

export interface PeerResults {
  benchmark: 'peer';
  startedAt: string;
  /** The options of the run; a database password is left out. */
  options: PeerOptions;
  machine: LoadResults['machine'];
  servers: { tinymux?: { description: string }; hearth?: { description: string; warnings: LogWarning[] } };
  loads: LoadComparison[];
}

export function compareLoad(load: LoadSpec, tinymux: PeerRunFigures | undefined, hearth: PeerRunFigures | undefined): LoadComparison {
  return { load, ...(tinymux ? { tinymux } : {}), ...(hearth ? { hearth } : {}), rows: compareRuns(tinymux, hearth) };
}

/** The side-by-side table of one load, as lines. */
export function comparisonTable(comparison: LoadComparison): string[] {
  const header = ['', 'TinyMUX', 'Hearth', 'Hearth/TinyMUX'];
  const body = comparison.rows.map((row) => [row.label, formatValue(row.tinymux, row.format), formatValue(row.hearth, row.format), formatRatio(row.ratio)]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]): string => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   ')}`;
  return [`${describeLoad(comparison.load)}:`, line(header), ...body.map(line)];
}

/** One Markdown table of every load: a row per server and one of ratios, ready for docs/BENCHMARKS.md. */
export function markdownSummary(comparisons: readonly LoadComparison[]): string[] {
  const wanted = ['answered/s', 'p50', 'p99', 'timeouts', 'refused', 'lines out/s', 'server CPU %', 'CPU ms per answer', 'RSS MB'];
  const lines = [`| load | server | ${wanted.join(' | ')} |`, `| --- | --- | ${wanted.map(() => '---').join(' | ')} |`];
  for (const comparison of comparisons) {
    const rows = wanted.map((label) => comparison.rows.find((row) => row.label === label)!);
    const load = `${comparison.load.players} players, every ${comparison.load.intervalSeconds} s`;
    if (comparison.tinymux) lines.push(`| ${load} | TinyMUX | ${rows.map((row) => formatValue(row.tinymux, row.format)).join(' | ')} |`);
    if (comparison.hearth) lines.push(`| ${load} | Hearth | ${rows.map((row) => formatValue(row.hearth, row.format)).join(' | ')} |`);
    if (comparison.tinymux && comparison.hearth) lines.push(`| ${load} | Hearth/TinyMUX | ${rows.map((row) => formatRatio(row.ratio)).join(' | ')} |`);
  }
  return lines;
}

/** A run's own line under its table: logins, the bench's and the machine's CPU, the first errors. */
export function runNotes(figures: PeerRunFigures): string[] {
  const notes = [
    `  ${figures.description}: ${figures.loggedIn}/${figures.load.players} logged in (login p50 ${formatValue(figures.loginMs.p50, 'ms')}),` +
      ` ${figures.disconnects} disconnects; bench CPU ${figures.benchCpuPercent}%, machine CPU ${figures.machineCpuPercent ?? '—'}%`,
  ];
  for (const example of figures.errorExamples.filter((error) => error.line !== undefined).slice(0, 3)) {
    notes.push(`    ${example.kind}: ${example.line}`);
  }
  return notes;
}
