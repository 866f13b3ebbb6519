import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonCommand } from '../../../../server/http/websocket-connection.js';

describe('parseJsonCommand', () => {
  it('reads the cmd of a JSON object', () => {
    assert.deepEqual(parseJsonCommand('{"cmd": "say hi"}'), { kind: 'command', cmd: 'say hi' });
  });

  it('treats text that only starts with a brace as an ordinary line', () => {
    assert.deepEqual(parseJsonCommand('{waves}'), { kind: 'not-json' });
  });

  it('refuses JSON without a cmd string, with a message saying what to send', () => {
    for (const text of ['{"cmd": 5}', '{"command": "look"}', '[1,2]', 'null', '"look"']) {
      const result = parseJsonCommand(text);
      assert.equal(result.kind, 'invalid', text);
      assert.match((result as { reason: string }).reason, /cmd|objects/);
    }
  });

  it('survives deeply nested and prototype-polluting input', () => {
    assert.equal(parseJsonCommand(`${'['.repeat(5000)}${']'.repeat(5000)}`).kind, 'invalid');
    const result = parseJsonCommand('{"__proto__": {"cmd": "evil"}, "cmd": "look"}');
    assert.deepEqual(result, { kind: 'command', cmd: 'look' });
    assert.equal(({} as Record<string, unknown>)['cmd'], undefined);
  });
});
