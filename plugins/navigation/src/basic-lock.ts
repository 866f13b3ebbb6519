// The basic lock on things and exits (PennMUSH's @lock): who may pick a thing up or go through an
// exit. Passing shows the object's SUCC to the actor and OSUCC, after the actor's name, to the
// room; failing shows FAIL and OFAIL instead, or the default refusal when FAIL is unset. ASUCC or
// AFAIL, the object's own softcode, is set off beside them.
import { Actor, Messages, messagesOf, runActions, testLock } from '../../pdk';
import { tellOthers } from './object-messages';

export class LockResult {
  constructor(
    public passed: bool,
    /** What to tell the actor: the SUCC or FAIL message, or '' for the command's own words. */
    public message: string,
    /** An error from the host, when the lock could not be tested. */
    public error: string,
    /** The object's messages, for what follows a pass (an exit's DROP and ODROP). */
    public messages: Messages = new Messages(null),
  ) {}
}

/** Tests `objectId`'s basic lock for the actor and tells the room OSUCC or OFAIL. */
export function tryBasicLock(actor: Actor, objectId: i64, alsoRead: string[] = []): LockResult {
  const answer = testLock(objectId);
  if (!answer.ok) return new LockResult(false, '', answer.errorMessage);
  const passed = answer.bool('passed');
  const names = ['SUCC', 'OSUCC', 'FAIL', 'OFAIL'].concat(alsoRead);
  const messages = messagesOf(objectId, names);
  const told = tellOthers(actor.location, actor, messages.get(passed ? 'OSUCC' : 'OFAIL'), passed ? 'lock.pass' : 'lock.fail', objectId);
  if (told !== null && !told.ok) return new LockResult(false, '', told.errorMessage);
  // The object's own code, ASUCC or AFAIL, runs once the command has succeeded.
  runActions(objectId, [passed ? 'ASUCC' : 'AFAIL']);
  return new LockResult(passed, messages.get(passed ? 'SUCC' : 'FAIL'), '', messages);
}
