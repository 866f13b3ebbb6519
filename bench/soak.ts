// The soak: a mixed crowd plays for a long while (30 minutes by default) with players leaving and
// logging in again, and the server's memory is sampled throughout; a trend fitted to the V8 heap
// left after each full garbage collection says whether memory keeps growing.
// Run: npm run soak -- --minutes 30 --clients 250 (`-- --help` lists every option; docs/SECURITY.md
// has the latest figures). Exit code 1: a growth trend; 3: no verdict (run failed or too short).
import { parseSoakOptions } from './soak/options.js';
import { runSoak } from './soak/soak-run.js';
import { printSoakSummary, writeSoakResults } from './soak/soak-report.js';

const options = parseSoakOptions(process.argv.slice(2));
const cancel = new AbortController();
let interrupts = 0;
process.on('SIGINT', () => {
  interrupts += 1;
  if (interrupts > 1) process.exit(130);
  console.log('\nInterrupted: ending the soak now and judging what was sampled (Ctrl-C again to quit at once).');
  cancel.abort();
});

let exitCode = 3;
try {
  const results = await runSoak(options, { cancel: cancel.signal });
  printSoakSummary((line) => console.log(line), results);
  await writeSoakResults(options.out, results);
  console.log(`results written to ${options.out}`);
  exitCode = results.verdict.kind === 'growing' ? 1 : results.verdict.kind === 'steady' ? 0 : 3;
} catch (error) {
  console.error(`\nThe soak failed: ${error instanceof Error ? error.message : String(error)}`);
}
process.exit(exitCode);
