// The basic lock on things and exits (PennMUSH's @lock): who may pick a thing up or go through an
// exit. Passing shows the object's SUCC to the actor and OSUCC, after the actor's name, to the
// room; failing shows FAIL and OFAIL instead, or the default refusal when FAIL is unset.
import { Actor, JsonWriter, emit, messageOf, testLock } from '../../pdk';

export class LockResult {
  constructor(
    public passed: bool,
    /** What to tell the actor: the SUCC or FAIL message, or '' for the command's own words. */
    public message: string,
    /** An error from the host, when the lock could not be tested. */
    public error: string,
  ) {}
}

/** Tests `objectId`'s basic lock for the actor and tells the room OSUCC or OFAIL. */
export function tryBasicLock(actor: Actor, objectId: i64): LockResult {
  const answer = testLock(objectId);
  if (!answer.ok) return new LockResult(false, '', answer.errorMessage);
  const passed = answer.bool('passed');
  const others = messageOf(objectId, passed ? 'OSUCC' : 'OFAIL');
  if (others.length > 0) {
    const payload = new JsonWriter()
      .str('text', actor.name + ' ' + others)
      .raw('exclude', '[' + actor.id.toString() + ']')
      .int('object', objectId)
      .end();
    const emitted = emit('location:' + actor.location.toString(), passed ? 'lock.pass' : 'lock.fail', payload);
    if (!emitted.ok) return new LockResult(false, '', emitted.errorMessage);
  }
  return new LockResult(passed, messageOf(objectId, passed ? 'SUCC' : 'FAIL'), '');
}
