import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { charsetReply, charsetRequest, parseCharsetMessage } from '../../../../server/telnet/charset.js';

describe('CHARSET messages', () => {
  it('builds the UTF-8 request and the replies', () => {
    assert.deepEqual([...charsetRequest()], [1, ...Buffer.from(';UTF-8')]);
    assert.deepEqual([...charsetReply({ kind: 'accepted', charset: 'UTF-8' })], [2, ...Buffer.from('UTF-8')]);
    assert.deepEqual([...charsetReply({ kind: 'rejected' })], [3]);
  });

  it('reads acceptances, refusals and requests with any separator', () => {
    assert.deepEqual(parseCharsetMessage(Buffer.from('\u0002UTF-8')), { kind: 'accepted', charset: 'UTF-8' });
    assert.deepEqual(parseCharsetMessage(Buffer.from([3])), { kind: 'rejected' });
    assert.deepEqual(parseCharsetMessage(Buffer.from('\u0001 ISO-8859-1 UTF-8')), { kind: 'request', offered: ['ISO-8859-1', 'UTF-8'] });
    assert.deepEqual(parseCharsetMessage(Buffer.from('\u0001[TTABLE]\u0001;UTF-8')), { kind: 'request', offered: ['UTF-8'] });
  });

  it('calls malformed, oversized and hostile messages malformed', () => {
    const hostile = [
      Buffer.alloc(0),
      Buffer.from([9, 65]),
      Buffer.from('\u0002'),
      Buffer.from('\u0002UTF 8; DROP'),
      Buffer.from([3, 0]),
      Buffer.from('\u0001;'),
      Buffer.from(`\u0001;${Array.from({ length: 100 }, (_, i) => `CS${i}`).join(';')}`),
      Buffer.from(`\u0001;${'A'.repeat(5000)}`),
      Buffer.from('\u0001;UTF-8;\u0000'),
    ];
    for (const message of hostile) assert.deepEqual(parseCharsetMessage(message), { kind: 'malformed' }, JSON.stringify([...message].slice(0, 20)));
  });
});
