import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatLogLine } from '../../../../core/telemetry/pretty-log.js';

const plain = { colors: false };
const at = new Date(2026, 11, 3, 9, 5, 7, 42).getTime();

describe('formatLogLine', () => {
  it('shows time, level, message and fields on one line', () => {
    const line = JSON.stringify({ level: 30, time: at, pid: 1, hostname: 'h', service: 'hearth', msg: 'Hearth is listening', telnetPort: 4201, host: '0.0.0.0' });
    assert.equal(formatLogLine(line, plain), '09:05:07.042 INFO  Hearth is listening telnetPort=4201 host=0.0.0.0\n');
  });

  it('quotes values with spaces and writes objects as JSON', () => {
    const line = JSON.stringify({ level: 40, time: at, msg: 'slow', reason: 'no answer in time', limits: { a: 1 }, empty: '' });
    assert.equal(formatLogLine(line, plain), '09:05:07.042 WARN  slow reason="no answer in time" limits={"a":1} empty=""\n');
  });

  it("puts an error's stack below its line, indented", () => {
    const err = { type: 'Error', message: 'boom', stack: 'Error: boom\n    at here (file.ts:1:1)', code: 'E_PLUGIN_TRAP' };
    const text = formatLogLine(JSON.stringify({ level: 50, time: at, msg: 'command failed', err, plugin: 'echo' }), plain);
    assert.equal(text, '09:05:07.042 ERROR command failed plugin=echo\n    Error: boom\n        at here (file.ts:1:1)\n    code: E_PLUGIN_TRAP\n');
  });

  it('escapes control characters a plugin might log, so they never reach the terminal', () => {
    const text = formatLogLine(JSON.stringify({ level: 30, time: at, msg: 'hi\u001b]0;owned\u0007\nINFO fake', plugin: 'x\u001b[2J' }), plain);
    assert.ok(!text.slice(0, -1).includes('\u001b') && !text.slice(0, -1).includes('\n'), text);
    assert.match(text, /"hi\\u001b\]0;owned\\u0007\\nINFO fake" plugin="x\\u001b\[2J"/);
  });

  it('colours the level and field names only when asked', () => {
    const line = JSON.stringify({ level: 50, time: at, msg: 'm', k: 'v' });
    assert.equal(formatLogLine(line, { colors: true }), '09:05:07.042 \u001b[31mERROR\u001b[0m m \u001b[2mk=\u001b[0mv\n');
  });

  it('passes a line that is not JSON through', () => {
    assert.equal(formatLogLine('not json', plain), 'not json\n');
  });
});
