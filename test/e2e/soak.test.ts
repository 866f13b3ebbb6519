// The soak, short: the real server as a child process on the embedded database (PGlite runs inside
// the server's own heap, so a leak there shows in this test; PostgreSQL's memory is its own
// process's, and `npm run soak` measures it for those who run it), 100 simulated players of the mixed crowd on telnet and websocket, each leaving (QUIT or
// a dropped connection) and logging in again about every 15 s, for two measured minutes after the
// warm-up (up to half a minute longer if the server has not yet done five full garbage collections
// in them). The V8 heap left after each full collection must show no growth trend.
//
// Why 1 MB a minute, from runs of this test's load: in steady runs the heap after a full collection
// wanders by about half a megabyte with whatever work was in flight, and the fitted slope came out
// between -0.6 and +0.35 MB a minute. With a closed telnet session kept by mistake on every logout
// (about 5 KB each; tried by patching the telnet listener) the same load fitted +1.7 MB a minute,
// at ~330 logins a minute. A map keeping each command's event for good (~1 KB a command, ~55
// commands a second) would grow about 3 MB a minute. Smaller leaks, such as a 100-byte entry per
// command, are below this test's noise and are the 30-minute soak's to find (`npm run soak`,
// docs/SECURITY.md), whose fitted slope moves by a few hundredths of a megabyte a minute.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SoakOptions } from '../../bench/soak/options.js';
import { runSoak } from '../../bench/soak/soak-run.js';
import { printSoakSummary, writeSoakResults } from '../../bench/soak/soak-report.js';

const driver = 'pglite';
const CLIENTS = 100;

const options: SoakOptions = {
  minutes: 2.5,
  warmupMinutes: 0.5,
  clients: CLIENTS,
  thinkSeconds: 1,
  churnSeconds: 15,
  websocketShare: 0.1,
  rampRate: 25,
  loginConcurrency: 10,
  commandTimeoutMs: 10_000,
  rooms: 5,
  channels: 2,
  sampleSeconds: 2,
  windowSeconds: 20,
  progressSeconds: 30,
  minFullGcs: 5,
  // Within the suite's five minutes a test: at most 4 minutes of play, warm-up and waits included.
  maxExtensionMinutes: 0.5,
  maxGrowthMbPerMinute: 1,
  out: `test-output/soak-${driver}.json`,
};

describe(`soak, short, on ${driver}`, () => {
  it('keeps the heap after full collections flat while players play, leave and come back', { timeout: 12 * 60_000 }, async () => {
    const lines: string[] = [];
    const results = await runSoak(options, { log: (line) => lines.push(line) });
    printSoakSummary((line) => lines.push(line), results);
    await writeSoakResults(options.out, results);
    // The figures, for whoever reads the test's output.
    console.log(lines.join('\n'));

    assert.equal(results.server.exitCode, 0, 'the server stopped cleanly');
    const { churn, logins, commands } = results.play;
    assert.ok(churn.returned >= CLIENTS * 4, `players came back ${churn.returned} times`);
    assert.equal(churn.failed, 0, 'every player that left came back');
    assert.equal(logins.failed, 0, 'no login failed');
    assert.ok(commands.commands > 0 && commands.errors <= commands.commands / 100, `${commands.errors} errors in ${commands.commands} commands`);
    // On PostgreSQL the server allocates less and collects fully about every 30 s, so three or four
    // windows is what two and a half minutes give; PGlite gives a dozen or more.
    assert.ok((results.memory.trends.heapAfterFullGc?.windows ?? 0) >= 3, 'enough full collections to fit a trend');
    assert.equal(results.verdict.kind, 'steady', results.verdict.reason);
  });
});
