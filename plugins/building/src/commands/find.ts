// @find [<name>]: every room, thing, exit or player the actor controls whose name matches (a part
// of the name, or a wildcard pattern), as PennMUSH lists them, ending with ***End of List***.
import { Command, ObjectSearch, fail, reply } from '../../../pdk';
import { MAX_NAME_LENGTH, NAME_TOO_LONG, SearchRun, hitLabel, moreLine } from '../search-text';

export function cmd_find(): i32 {
  const command = Command.read();
  const search = new ObjectSearch();
  const name = command.arg('name');
  if (name.length > MAX_NAME_LENGTH) return fail(NAME_TOO_LONG);
  if (name.length > 0) search.name(name);
  const run = SearchRun.of(search);
  if (run.result === null) return fail(run.error);
  const result = run.result!;
  const lines: string[] = [];
  for (let i = 0; i < result.hits.length; i++) lines.push(hitLabel(result.hits[i]));
  if (lines.length == 0) lines.push('Nothing found.');
  const more = moreLine(result);
  if (more.length > 0) lines.push(more);
  lines.push('***End of List***');
  return reply(lines.join('\n'));
}
