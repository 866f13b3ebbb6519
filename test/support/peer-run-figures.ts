// A run's figures for the side-by-side bench's tests: plausible values, with the ones a test
// is about given.
import type { PeerRunFigures } from '../../bench/peer/peer-figures.js';

export function runFigures(overrides: Partial<PeerRunFigures>): PeerRunFigures {
  return {
    peer: 'hearth',
    description: 'a server',
    load: { players: 100, intervalSeconds: 1 },
    loggedIn: 100,
    loginFailures: 0,
    loginMs: { count: 100, mean: 5, p50: 4, p95: 8, p99: 9, max: 10 },
    measuredSeconds: 30,
    sentPerSecond: 100,
    answeredPerSecond: 100,
    latencyMs: { count: 3000, mean: 3, p50: 2, p95: 8, p99: 14, max: 30 },
    timeouts: 0,
    refused: 0,
    disconnects: 0,
    outputLinesPerSecond: 10_000,
    serverCpuPercent: 10,
    serverRssMb: 100,
    serverPeakRssMb: 120,
    benchCpuPercent: 20,
    machineCpuPercent: 50,
    errorExamples: [],
    ...overrides,
  };
}
