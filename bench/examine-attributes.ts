// How long examine takes on an object with many attributes: the real server on the embedded
// database, a builder over telnet, timed from sending `examine` to the last line arriving.
// Run: npm run bench:examine [-- --attributes 10000 --rounds 5]
import { parseArgs } from 'node:util';
import { startTestServer } from '../test/support/test-server.js';
import { TelnetTestClient } from '../test/support/telnet-client.js';

const { values } = parseArgs({ options: { attributes: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '5' } } });
const attributeCount = Number(values.attributes);
const rounds = Number(values.rounds);

const server = await startTestServer();
try {
  const builder = await TelnetTestClient.connect(server.telnetPort);
  await builder.login('create', 'Ada', 'adapass1');
  await server.core.accounts.setRole('Ada', 'builder');
  builder.send('@create Archive');
  const created = await builder.waitFor(/Created: Archive\((#\d+)\)/);
  const id = Number(/Archive\(#(\d+)\)/.exec(created)![1]);
  const owner = server.core.world.get(id)!.ownerId;
  const filling = performance.now();
  for (let index = 0; index < attributeCount; index += 1) {
    const name = `NOTE_${String(index).padStart(5, '0')}`;
    await server.core.world.writeObjectAttribute(id, name, { name, value: `Note number ${index}: the shelf by the window, second row.`, ownerId: owner, flags: [] });
  }
  console.log(`stored ${attributeCount.toLocaleString('en')} attributes in ${((performance.now() - filling) / 1000).toFixed(1)} s`);

  const time = async (command: string, last: RegExp): Promise<number> => {
    const started = performance.now();
    builder.send(command);
    await builder.waitFor(last, 60_000);
    return performance.now() - started;
  };
  const report = (label: string, times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`${label.padEnd(34)} best ${sorted[0]!.toFixed(0).padStart(5)} ms   median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(5)} ms   worst ${sorted.at(-1)!.toFixed(0).padStart(5)} ms`);
  };
  const whole: number[] = [];
  const one: number[] = [];
  const last = `NOTE_${String(attributeCount - 1).padStart(5, '0')}`;
  for (let round = 0; round < rounds; round += 1) {
    whole.push(await time('examine Archive', /Location: Ada\(#\d+\)/));
    one.push(await time(`examine Archive/${last}`, new RegExp(`${last} \\[#\\d+\\]: Note number ${attributeCount - 1}:`)));
  }
  report(`examine (${attributeCount.toLocaleString('en')} attributes)`, whole);
  report('examine <object>/<one attribute>', one);
  await builder.close();
} finally {
  await server.dispose();
}
