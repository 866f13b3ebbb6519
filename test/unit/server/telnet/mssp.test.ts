import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MSSP_VAL, MSSP_VAR, encodeMssp, formatMsspPlaintext } from '../../../../server/telnet/mssp.js';

describe('MSSP', () => {
  it('encodes VAR name VAL value pairs, several values for one name', () => {
    const bytes = encodeMssp({ NAME: 'Hearth', PORT: ['4201', '4202'] });
    assert.deepEqual(
      [...bytes],
      [MSSP_VAR, ...Buffer.from('NAME'), MSSP_VAL, ...Buffer.from('Hearth'), MSSP_VAR, ...Buffer.from('PORT'), MSSP_VAL, ...Buffer.from('4201'), MSSP_VAL, ...Buffer.from('4202')],
    );
  });

  it('keeps control bytes in live values from breaking the table', () => {
    const bytes = encodeMssp({ NAME: 'Evil\u0001Name\u0002\u0000\u00ff' });
    assert.deepEqual([...bytes].filter((byte) => byte <= 2), [MSSP_VAR, MSSP_VAL]);
    assert.equal(bytes.includes(0xff), false);
  });

  it('formats the plain-text reply', () => {
    assert.equal(formatMsspPlaintext({ NAME: 'Hearth', PLAYERS: '2' }), 'MSSP-REPLY-START\nNAME\tHearth\nPLAYERS\t2\nMSSP-REPLY-END');
  });
});
