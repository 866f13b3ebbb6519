// Softcode for what a player typed: `say [time()]` evaluated as PennMUSH evaluates say, pose and
// @emit, as the player's own code (needs `softcode:evaluate`).
import { callHost } from './host-reply';
import * as host from './host-imports';
import { JsonWriter } from './json-writer';

/** `text` evaluated as the actor's softcode, or null when the host would not (then show it as typed). */
export function evaluateTyped(text: string): string | null {
  const answer = callHost(host.evaluate_text, new JsonWriter().str('text', text).end());
  return answer.ok ? answer.str('text') : null;
}
