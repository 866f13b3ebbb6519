// Who may page whom, as PennMUSH decides it: a HAVEN character takes no pages, and a character's
// page lock (@lock/page) names who may page them. The pager reads "<name> is not accepting pages."
// and, when the character has one, their PAGE_LOCK`FAILURE message.
import { Actor, CharacterView, messagesOf, objectById, testLock } from '../../pdk';

/** '' when `actor` may page `target`, else what the pager reads. */
export function pageRefusal(actor: Actor, target: CharacterView): string {
  const found = objectById(target.id);
  if (!found.ok) return found.error;
  let refused = found.value!.flags.includes('HAVEN');
  if (!refused) {
    const lock = testLock(target.id, 'page');
    if (!lock.ok) return lock.errorMessage;
    refused = !lock.bool('passed');
  }
  if (!refused) return '';
  const failure = messagesOf(target.id, ['PAGE_LOCK`FAILURE']).get('PAGE_LOCK`FAILURE');
  const refusal = target.name + ' is not accepting pages.';
  return failure.length > 0 ? refusal + '\n' + failure : refusal;
}
