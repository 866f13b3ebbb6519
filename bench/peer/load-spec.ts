// One load of the side-by-side bench: N players in one room, each saying something every S
// seconds on its own schedule. Written `NxS` on the command line (`300x0.3`: 300 players, a say
// every 0.3 s each, 1,000 says a second offered).

export interface LoadSpec {
  players: number;
  /** Seconds between two says of one player. */
  intervalSeconds: number;
}

/** The loads issue 14 compares: 100 says/s, 200 says/s, and 1,000 says/s to 300 players. */
export const DEFAULT_LOADS: readonly LoadSpec[] = [
  { players: 100, intervalSeconds: 1 },
  { players: 100, intervalSeconds: 0.5 },
  { players: 300, intervalSeconds: 0.3 },
];

/** Says offered per second by the whole crowd. */
export function offeredPerSecond(load: LoadSpec): number {
  return load.players / load.intervalSeconds;
}

/** `100x1,300x0.3` as loads; throws with the offending part on anything else. */
export function parseLoads(text: string): LoadSpec[] {
  const loads = text.split(',').map((part) => part.trim()).filter((part) => part.length > 0).map(parseLoad);
  if (loads.length === 0) throw new Error('no load given (write NxS, e.g. 100x1)');
  return loads;
}

export function describeLoad(load: LoadSpec): string {
  return `${load.players} players, a say every ${load.intervalSeconds} s each (${formatRate(offeredPerSecond(load))} says/s offered)`;
}

function parseLoad(part: string): LoadSpec {
  const match = /^(\d+)x(\d+(?:\.\d+)?|\.\d+)$/.exec(part);
  const players = Number(match?.[1]);
  const intervalSeconds = Number(match?.[2]);
  if (!match || !Number.isInteger(players) || players < 1 || !(intervalSeconds > 0)) {
    throw new Error(`"${part}" is not a load: write players x seconds between says, e.g. 100x0.5`);
  }
  return { players, intervalSeconds };
}

function formatRate(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}
