// Softcode from a plugin: what a player typed (`say [time()]`) evaluated as PennMUSH evaluates say,
// pose and @emit, as the player's own code (needs `softcode:evaluate`); and objects' action
// attributes set off beside their messages (needs `softcode:actions`).
import { callHost, HostReply } from './host-reply';
import * as host from './host-imports';
import { JsonWriter } from './json-writer';

/** `text` evaluated as the actor's softcode, or null when the host would not (then show it as typed). */
export function evaluateTyped(text: string): string | null {
  const answer = callHost(host.evaluate_text, new JsonWriter().str('text', text).end());
  return answer.ok ? answer.str('text') : null;
}

/**
 * Sets off the object's action attributes `names` (ASUCC, AFAIL, ADROP, AMOVE, AENTER, ...) with
 * the actor as %#, once this call succeeds, as PennMUSH does beside the matching message (needs
 * `softcode:actions`). Unset ones do nothing.
 */
export function runActions(id: i64, names: string[]): HostReply {
  return callHost(host.run_actions, new JsonWriter().int('id', id).strs('names', names).end());
}
