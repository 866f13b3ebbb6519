// Softcode evaluations per second in Hearth's evaluator over the world adapter: a softcode
// +finger, iter(lnum(1000),...), and a $-command matched among 500 objects in one room.
// Run: npm run bench:softcode [-- --seconds 2]
import { parseArgs } from 'node:util';
import { evaluateSoftcode } from '../core/softcode/index.js';
import { localCandidates, matchDollarCommands } from '../core/softcode/queue/dollar-commands.js';
import { serviceFor, standardWorld } from '../test/unit/core/softcode/world/world-source-fixture.js';
import { percentile } from '../core/limits/percentile.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '2' } } });
const seconds = Number(values.seconds);

const world = standardWorld()
  .set(1, 'FULLNAME', 'Alice Liddell', ['VISUAL'])
  .set(1, 'POSITION', 'Adventurer', ['VISUAL'])
  .set(1, 'QUOTE', 'Curiouser and curiouser!', ['VISUAL'])
  .set(4, 'FINGER', '[ljust(Name:,10)][name(%0)] ([num(%0)])%r[ljust(Full name:,10)][default(%0/fullname,-)]%r[ljust(Position:,10)][default(%0/position,-)]%r[ljust(Where:,10)][name(loc(%0))]%r[ljust(Flags:,10)][flags(%0)]%r[ljust(Quote:,10)][default(%0/quote,-)]%r[ljust(Attrs:,10)][words(lattr(%0))]');
for (let id = 100; id < 600; id += 1) world.add(id, 'thing', `Widget ${id}`, { locationId: 0, ownerId: 2 }).set(id, 'CMD', `$widget${id} *:think %0`).set(id, 'OTHER', `$poke${id}:think poked`);
const { service } = serviceFor(world);

function bench(label: string, once: () => unknown): void {
  for (let i = 0; i < 50; i += 1) once();
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const started = performance.now();
    once();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const total = samples.reduce((sum, sample) => sum + sample, 0);
  console.log(`${label.padEnd(44)} ${(samples.length / (total / 1000)).toFixed(0).padStart(8)}/s  p50 ${percentile(samples, 50).toFixed(3)} ms  p99 ${percentile(samples, 99).toFixed(3)} ms`);
}

bench('+finger (u() of a 7-line format)', () => evaluateSoftcode('[u(box/finger,*alice)]', service.context, { executor: 1 }));
bench('iter(lnum(1000),add(##,1))', () => evaluateSoftcode('[iter(lnum(1000),add(##,1))]', service.context, { executor: 1 }));
bench('$-command match among 500 objects (1,000 attrs)', () => matchDollarCommands(world, localCandidates(world, 1), 'widget599 hello'));
bench('$-command miss among 500 objects (Huh?)', () => matchDollarCommands(world, localCandidates(world, 1), 'no such command'));
service.close();
