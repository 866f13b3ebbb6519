// Event store throughput and read latency on PGlite and (when HEARTH_BENCH_DATABASE_URL is set)
// PostgreSQL: one awaited append at a time, many concurrent appends (group commit), and 50-event
// range reads. Run: npm run bench:event-store [-- --events 5000]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../core/db/database.js';
import { EventBus } from '../core/events/event-bus.js';
import { EventStore } from '../core/events/event-store.js';
import type { NewEvent } from '../core/events/event.js';
import { createEmptyDatabase, type Driver } from '../test/support/databases.js';
import { percentile } from '../core/limits/percentile.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '3000' } } });
const count = Number(values.events);
const drivers: Driver[] = process.env['HEARTH_BENCH_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
if (process.env['HEARTH_BENCH_DATABASE_URL']) process.env['HEARTH_TEST_DATABASE_URL'] = process.env['HEARTH_BENCH_DATABASE_URL'];

function event(n: number, stream = `location:${n % 20}`): NewEvent {
  return { stream, type: 'say', actor: { kind: 'character', id: String(n % 100) }, payload: { text: `Someone says, "message ${n}"`, n } };
}

for (const driver of drivers) {
  const empty = await createEmptyDatabase(driver);
  const handle = await openDatabase({ url: empty.url, dataDir: empty.dataDir });
  const store = new EventStore(handle.db, new EventBus());

  const single = Math.min(count, 1000);
  let started = performance.now();
  for (let n = 0; n < single; n += 1) await store.append(event(n));
  const singleSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  await Promise.all(Array.from({ length: count }, (_, n) => store.append(event(n))));
  const batchedSeconds = (performance.now() - started) / 1000;

  const readTimes: number[] = [];
  for (let n = 0; n < 200; n += 1) {
    const readStarted = performance.now();
    await store.read(`location:${n % 20}`, undefined, 50);
    readTimes.push(performance.now() - readStarted);
  }

  console.log(`event store on ${driver}`);
  console.log(`  one awaited append at a time: ${(single / singleSeconds).toFixed(0)} appends/s (${((singleSeconds * 1000) / single).toFixed(2)} ms each, ${single} events)`);
  console.log(`  ${count} concurrent appends (group commit): ${(count / batchedSeconds).toFixed(0)} appends/s`);
  console.log(`  50-event range read: p50 ${percentile(readTimes, 50).toFixed(2)} ms, p99 ${percentile(readTimes, 99).toFixed(2)} ms`);
  await handle.close();
  await empty.drop();
}
