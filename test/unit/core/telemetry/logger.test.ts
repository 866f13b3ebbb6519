// Which format the logger writes, as an operator meets it: readable on a terminal, JSON into a
// pipe, and HEARTH_LOG_FORMAT over both. The terminal is a real pseudo-terminal (util-linux's
// `script`), since that is what the choice depends on.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveLogFormat } from '../../../../core/telemetry/logger.js';
import { runProgram } from '../../../support/hearth-cli-process.js';

const LOGGER = fileURLToPath(new URL('../../../../core/telemetry/logger.ts', import.meta.url));
const SCRIPT = `import { createLogger } from ${JSON.stringify(LOGGER)}; createLogger('info').info({ port: 4201 }, 'Hearth is listening');`;
const nodeCommand = `${JSON.stringify(process.execPath)} --import tsx --input-type=module -e ${JSON.stringify(SCRIPT).replaceAll('$', '\\$')}`;

describe('log format', () => {
  it('is readable on a terminal and JSON elsewhere, unless the operator says', () => {
    assert.equal(resolveLogFormat('auto', true), 'pretty');
    assert.equal(resolveLogFormat('auto', false), 'json');
    assert.equal(resolveLogFormat('json', true), 'json');
    assert.equal(resolveLogFormat('pretty', false), 'pretty');
  });

  it('writes JSON into a pipe, and text when HEARTH_LOG_FORMAT=pretty', async () => {
    const piped = await runProgram('sh', ['-c', nodeCommand], { HEARTH_LOG_LEVEL: 'info' });
    assert.equal(JSON.parse(piped.stdout).msg, 'Hearth is listening');
    const forced = await runProgram('sh', ['-c', nodeCommand], { HEARTH_LOG_LEVEL: 'info', HEARTH_LOG_FORMAT: 'pretty' });
    assert.match(forced.stdout, /^\d\d:\d\d:\d\d\.\d{3} INFO  Hearth is listening port=4201\n$/);
  });

  it('writes coloured text to a terminal, and JSON there when HEARTH_LOG_FORMAT=json', async (t) => {
    if (!existsSync('/usr/bin/script')) return t.skip('util-linux script is not installed');
    const onTerminal = await runProgram('script', ['-qec', nodeCommand, '/dev/null'], { HEARTH_LOG_LEVEL: 'info' });
    assert.match(onTerminal.stdout, /\u001b\[32mINFO \u001b\[0m Hearth is listening/);
    const forced = await runProgram('script', ['-qec', nodeCommand, '/dev/null'], { HEARTH_LOG_LEVEL: 'info', HEARTH_LOG_FORMAT: 'json' });
    assert.equal(JSON.parse(forced.stdout.trim()).msg, 'Hearth is listening');
  });
});
