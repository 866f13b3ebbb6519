// The web client's rule for lines that hold a password: @password and @newpassword are kept out
// of the echo and the history like login lines, and hidden while typed from where the password
// starts (all of @password's text; @newpassword's after the "=", so the name stays visible).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a browser module in plain JavaScript, without type declarations.
import { holdsSecret, showsSecret } from '../../../../server/web/secret-line.js';

const holds = holdsSecret as (line: string) => boolean;
const shows = showsSecret as (line: string) => boolean;

describe('lines holding a password in the web client', () => {
  it('treats @password and @newpassword as secret, in any case', () => {
    for (const line of ['@password old-one=new-one', '  @PASSWORD a=b', '@newpassword Ann=temporary-7', '@NewPassword Ann=x']) assert.ok(holds(line), line);
    for (const line of ['@passwordx a=b', '@pass a=b', 'say @password a=b', '@newpasswords Ann=x', 'connectx Ann pw']) assert.ok(!holds(line), line);
  });

  it('hides @password from its first space, and @newpassword from its "="', () => {
    assert.ok(!shows('@password'));
    assert.ok(shows('@password '));
    assert.ok(shows('@password old'));
    assert.ok(!shows('@newpassword Ann'));
    assert.ok(shows('@newpassword Ann='));
    assert.ok(shows('@newpassword Ann=secret'));
  });

  it('still treats login lines as before', () => {
    assert.ok(holds('connect Ann pw') && holds('create Ann pw') && holds('resume token'));
    assert.ok(!shows('connect Ann') && shows('connect Ann ') && shows('resume x'));
  });
});
