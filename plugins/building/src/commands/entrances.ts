// @entrances [<object>]: every exit leading to an object the actor controls (default: here),
// whoever owns the exit, each with the room it leaves from.
import { Command, ObjectSearch, fail, lookUpControlled, objectById, reply } from '../../../pdk';
import { SearchRun, hitLabel, moreLine } from '../search-text';

export function cmd_entrances(): i32 {
  const command = Command.read();
  const name = command.hasArg('object') ? command.arg('object') : 'here';
  const found = lookUpControlled(command.actor, name);
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  const run = SearchRun.of(new ObjectSearch().destination(object.id));
  if (run.result === null) return fail(run.error);
  const result = run.result!;
  if (result.hits.length == 0) return reply('No entrances to ' + object.label + ' found.');
  const lines: string[] = [];
  for (let i = 0; i < result.hits.length; i++) {
    const hit = result.hits[i];
    const from = objectById(hit.location);
    lines.push(hitLabel(hit) + ' [from: ' + (from.ok ? from.value!.label : '#' + hit.location.toString()) + ']');
  }
  const more = moreLine(result);
  if (more.length > 0) lines.push(more);
  lines.push('Total: ' + result.hits.length.toString() + (result.hits.length == 1 ? ' exit.' : ' exits.'));
  return reply(lines.join('\n'));
}
