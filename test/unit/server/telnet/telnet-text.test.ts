import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientProfile, Mtts } from '../../../../server/telnet/client-profile.js';
import { encodeTelnetText, textFor } from '../../../../server/telnet/telnet-text.js';

function profile(fields: Partial<ClientProfile>): ClientProfile {
  return Object.assign(new ClientProfile(), fields);
}

describe('encodeTelnetText', () => {
  it('keeps colour for colour clients and strips it for the rest', () => {
    const text = '\u001b[1;36mThe Hearth\u001b[0m';
    assert.equal(textFor(text, profile({})), text);
    assert.equal(textFor(text, profile({ mtts: Mtts.UTF8 })), 'The Hearth');
  });

  it('removes escapes that move the cursor or retitle the window, and control characters', () => {
    const hostile = 'a\u001b[2Jb\u001b]0;pwned\u0007c\u0007d\u001bce\u0000f\u009bg';
    assert.equal(textFor(hostile, profile({})), 'abcdefg');
  });

  it('ends lines with CR LF and wraps at the window width', () => {
    assert.equal(encodeTelnetText('one two three\n', profile({ width: 20 })).toString(), 'one two three\r\n');
    assert.equal(encodeTelnetText('aaa bbb ccc ddd eee fff ggg', profile({ width: 20 })).toString(), 'aaa bbb ccc ddd eee\r\nfff ggg');
  });

  it('encodes Latin-1 for clients without UTF-8, doubling the 0xFF byte and replacing what does not fit', () => {
    const bytes = encodeTelnetText('caf\u00e9 \u00ff \u2709', profile({ charset: 'refused' }));
    assert.deepEqual([...bytes], [...Buffer.from('caf'), 0xe9, 0x20, 0xff, 0xff, 0x20, 0x3f]);
  });

  it('sends UTF-8, which never holds a 0xFF byte', () => {
    const bytes = encodeTelnetText('caf\u00e9 \u00ff \u2709', profile({}));
    assert.equal(bytes.toString('utf8'), 'caf\u00e9 \u00ff \u2709');
    assert.equal(bytes.includes(0xff), false);
  });
});
