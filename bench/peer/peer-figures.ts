// The figures of one load run against one server, and how the side-by-side bench sets two of them
// against each other: every row Hearth's value, TinyMUX's, and Hearth/TinyMUX.
import type { ErrorExample, LatencySummary } from '../load/latency-recorder.js';
import type { LoadSpec } from './load-spec.js';
import type { PeerName } from './peer-server.js';

export interface PeerRunFigures {
  peer: PeerName;
  /** What ran (version, database, limits). */
  description: string;
  load: LoadSpec;
  loggedIn: number;
  loginFailures: number;
  loginMs: LatencySummary;
  measuredSeconds: number;
  /** Says sent per second in the measured part: the offered load as the bench managed to send it. */
  sentPerSecond: number;
  /** Says whose echo came back (within the timeout) in the measured part, per second. */
  answeredPerSecond: number;
  latencyMs: LatencySummary;
  /** Says unanswered after the timeout, their deadline falling in the measured part. */
  timeouts: number;
  /** Says the server refused ("Input backlog full", a plugin's limit, Huh?). */
  refused: number;
  disconnects: number;
  /** Lines read by all players per second: the fan-out of every say to the room. */
  outputLinesPerSecond: number;
  /** Server CPU over the measured part, % of one core. */
  serverCpuPercent: number | null;
  /** Server resident memory at the end of the measured part, and its highest since it started. */
  serverRssMb: number | null;
  serverPeakRssMb: number | null;
  /** The bench's own CPU (% of one core) and the whole machine's (% of all cores) over the measured part. */
  benchCpuPercent: number;
  machineCpuPercent: number | null;
  errorExamples: ErrorExample[];
}

export type RowFormat = 'rate' | 'ms' | 'count' | 'percent' | 'mb';

export interface ComparisonRow {
  label: string;
  format: RowFormat;
  tinymux: number | null;
  hearth: number | null;
  /** Hearth / TinyMUX; null when either is missing or TinyMUX's is 0. */
  ratio: number | null;
}

/** Hearth's value over TinyMUX's, or null when there is nothing to divide. */
export function ratio(hearth: number | null, tinymux: number | null): number | null {
  if (hearth === null || tinymux === null || !Number.isFinite(hearth) || !Number.isFinite(tinymux) || tinymux <= 0) return null;
  return hearth / tinymux;
}

/**
 * CPU time one answered say cost the server, in ms: CPU % of a core over answers a second. The
 * figure issue 14 sets a target on (within 2× TinyMUX's); fan-out is included, as it is the work.
 */
export function cpuMsPerAnswer(figures: PeerRunFigures): number | null {
  if (figures.serverCpuPercent === null || figures.answeredPerSecond <= 0) return null;
  return (figures.serverCpuPercent * 10) / figures.answeredPerSecond;
}

/** The rows of the side-by-side table; either side may be missing (a run that was not made). */
export function compareRuns(tinymux: PeerRunFigures | undefined, hearth: PeerRunFigures | undefined): ComparisonRow[] {
  const row = (label: string, format: RowFormat, pick: (figures: PeerRunFigures) => number | null): ComparisonRow => {
    const mux = tinymux ? pick(tinymux) : null;
    const ours = hearth ? pick(hearth) : null;
    return { label, format, tinymux: mux, hearth: ours, ratio: ratio(ours, mux) };
  };
  return [
    row('says sent/s', 'rate', (f) => f.sentPerSecond),
    row('answered/s', 'rate', (f) => f.answeredPerSecond),
    row('p50', 'ms', (f) => (f.latencyMs.count > 0 ? f.latencyMs.p50 : null)),
    row('p99', 'ms', (f) => (f.latencyMs.count > 0 ? f.latencyMs.p99 : null)),
    row('timeouts', 'count', (f) => f.timeouts),
    row('refused', 'count', (f) => f.refused),
    row('lines out/s', 'count', (f) => f.outputLinesPerSecond),
    row('server CPU %', 'percent', (f) => f.serverCpuPercent),
    row('CPU ms per answer', 'ms', cpuMsPerAnswer),
    row('RSS MB', 'mb', (f) => f.serverRssMb),
    row('peak RSS MB', 'mb', (f) => f.serverPeakRssMb),
  ];
}

export function formatValue(value: number | null, format: RowFormat): string {
  if (value === null) return '—';
  switch (format) {
    case 'rate':
      return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case 'ms':
      return `${value < 9.95 ? value.toFixed(value < 0.995 ? 2 : 1) : Math.round(value).toLocaleString('en-US')} ms`;
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    case 'percent':
      return `${value.toFixed(1)}%`;
    case 'mb':
      return value.toFixed(1);
  }
}

export function formatRatio(value: number | null): string {
  return value === null ? '—' : `${value < 9.95 ? value.toFixed(2) : value.toFixed(0)}×`;
}
