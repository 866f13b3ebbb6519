// The softcode the side-by-side bench times on both servers, in the dialect they share: a
// +finger built with u() from attributes, an iter() over a thousand numbers, and a $-command
// found among the $-commands of 500 objects carried by the player.

/** Attributes set on the player before timing: the +finger's data and its format. */
export const FINGER_SETUP: ReadonlyArray<readonly [string, string]> = [
  ['FULLNAME', 'Ada Augusta King'],
  ['ALIAS', 'Ada'],
  ['POSITION', 'Analyst of engines'],
  ['QUOTE', 'The engine weaves algebraic patterns'],
  [
    'FINGER',
    '[ljust(Name:,10)][v(fullname)]%r[ljust(Alias:,10)][v(alias)]%r[ljust(Position:,10)][v(position)]%r[ljust(Where:,10)][name(loc(me))]%r[ljust(Words:,10)][words(v(quote))] words%r[ljust(Letters:,10)][strlen(v(fullname))]%rEnd of finger.',
  ],
];

export interface Workload {
  readonly name: string;
  readonly rounds: number;
  /** The line typed for round `n`. */
  line(n: number): string;
  /** True for the line that ends the answer to round `n`. */
  answered(line: string, n: number): boolean;
}

export const OBJECTS = 500;

export const WORKLOADS: readonly Workload[] = [
  { name: 'softcode +finger (u() of 7 lines)', rounds: 400, line: () => 'think [u(me/FINGER)]', answered: (line) => line === 'End of finger.' },
  { name: 'iter(lnum(1000),add(##,1))', rounds: 200, line: () => 'think [words(iter(lnum(1000),add(##,1)))] summed', answered: (line) => line === '1000 summed' },
  {
    name: `$-command among ${OBJECTS} objects`,
    rounds: 300,
    line: (n) => `benchcmd-${(n * 37) % OBJECTS}`,
    answered: (line, n) => line === `hit ${(n * 37) % OBJECTS}`,
  },
];
