import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJsonEnvelope, parseJsonCommand, parseJsonEnvelope } from '../../../../server/http/websocket-messages.js';

describe('parseJsonCommand', () => {
  it('reads {"type": "command", "text"} and the short {"cmd"}', () => {
    assert.deepEqual(parseJsonCommand('{"type": "command", "text": "say hi"}'), { kind: 'command', cmd: 'say hi' });
    assert.deepEqual(parseJsonCommand('{"cmd": "say hi"}'), { kind: 'command', cmd: 'say hi' });
  });

  it('treats text that only starts with a brace as an ordinary line', () => {
    assert.deepEqual(parseJsonCommand('{waves}'), { kind: 'not-json' });
  });

  it('refuses JSON without a command, with a message saying what to send', () => {
    for (const text of ['{"cmd": 5}', '{"command": "look"}', '{"type": "command"}', '{"type": "other", "text": "x"}', '[1,2]', 'null', '"look"']) {
      const result = parseJsonCommand(text);
      assert.equal(result.kind, 'invalid', text);
      assert.match((result as { reason: string }).reason, /"type": "command"/);
    }
  });

  it('survives deeply nested and prototype-polluting input', () => {
    assert.equal(parseJsonCommand(`${'['.repeat(5000)}${']'.repeat(5000)}`).kind, 'invalid');
    const result = parseJsonCommand('{"__proto__": {"cmd": "evil"}, "cmd": "look"}');
    assert.deepEqual(result, { kind: 'command', cmd: 'look' });
    assert.equal(({} as Record<string, unknown>)['cmd'], undefined);
  });
});

describe('json.mudstandards.org envelopes', () => {
  it('reads GMCP envelopes with data as a JSON string or a value, and writes them', () => {
    assert.deepEqual(parseJsonEnvelope('{"proto": "gmcp", "id": "Core.Hello", "data": "{\\"client\\":\\"x\\"}"}'), { kind: 'gmcp', message: 'Core.Hello {"client":"x"}' });
    assert.deepEqual(parseJsonEnvelope('{"proto": "gmcp", "id": "Core.Supports.Set", "data": ["Room 1"]}'), { kind: 'gmcp', message: 'Core.Supports.Set ["Room 1"]' });
    assert.deepEqual(parseJsonEnvelope('{"proto": "gmcp", "id": "Core.Ping"}'), { kind: 'gmcp', message: 'Core.Ping' });
    assert.equal(formatJsonEnvelope('Char.Name {"name":"Ann"}'), '{"proto":"gmcp","id":"Char.Name","data":"{\\"name\\":\\"Ann\\"}"}');
  });

  it('refuses anything else', () => {
    for (const text of ['', 'not json', '[]', '{"proto": "msdp", "id": "X"}', '{"proto": "gmcp"}', '{"proto": "gmcp", "id": "A B"}', `{"proto": "gmcp", "id": "${'x'.repeat(300)}"}`]) {
      assert.equal(parseJsonEnvelope(text).kind, 'invalid', text.slice(0, 40));
    }
  });
});
