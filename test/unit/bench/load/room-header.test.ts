// The load bench knows a player has arrived somewhere by the room's header line: its name and
// number, with the type and flag letters that owners and admins are shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRoomHeader } from '../../../../bench/load/commands.js';

describe('the load bench reading a room header', () => {
  it('takes a header with or without type and flag letters', () => {
    assert.equal(isRoomHeader('The Hearth(#1)'), true);
    assert.equal(isRoomHeader('The Hearth(#1R)'), true);
    assert.equal(isRoomHeader('Bench Room 3 Bab12(#12RJ)'), true);
  });

  it('refuses lines that only look like one', () => {
    assert.equal(isRoomHeader('(#1R)'), false);
    assert.equal(isRoomHeader('The Hearth(#R)'), false);
    assert.equal(isRoomHeader('The Hearth(#1R) is warm'), false);
    assert.equal(isRoomHeader('The Hearth(#1-R)'), false);
    assert.equal(isRoomHeader(''), false);
  });
});
