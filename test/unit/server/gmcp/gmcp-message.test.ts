import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGmcpMessage, parseGmcpMessage } from '../../../../server/gmcp/gmcp-message.js';

describe('GMCP messages', () => {
  it('reads a package with and without JSON', () => {
    assert.deepEqual(parseGmcpMessage('Core.Ping'), { ok: true, message: { package: 'Core.Ping', data: undefined } });
    assert.deepEqual(parseGmcpMessage('Core.Hello {"client": "Mudlet"}'), { ok: true, message: { package: 'Core.Hello', data: { client: 'Mudlet' } } });
    assert.deepEqual(parseGmcpMessage('Char.Vitals 42'), { ok: true, message: { package: 'Char.Vitals', data: 42 } });
  });

  it('writes packages with JSON', () => {
    assert.equal(formatGmcpMessage('Core.Ping'), 'Core.Ping');
    assert.equal(formatGmcpMessage('Char.Name', { name: 'Ann' }), 'Char.Name {"name":"Ann"}');
  });

  it('refuses bad names, bad JSON and oversized messages with a reason', () => {
    const hostile = ['', ' Core.Hello', 'core..hello', '1Core', 'A.B.C.D.E.F.G.H', `Core.${'x'.repeat(40)}`, 'Core.Hello {"a":', 'Core.Hello undefined', `Core.Hello "${'x'.repeat(9000)}"`, '\u0000Core'];
    for (const text of hostile) {
      const result = parseGmcpMessage(text);
      assert.equal(result.ok, false, text.slice(0, 40));
      assert.equal(typeof (result as { reason: string }).reason, 'string');
    }
  });

  it('survives deep nesting', () => {
    const result = parseGmcpMessage(`Core.Hello ${'['.repeat(4000)}${']'.repeat(4000)}`);
    assert.equal(result.ok, true);
  });
});
