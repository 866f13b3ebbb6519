// examine [<object>[/<pattern>]]: everything about an object for those who control it (PennMUSH's
// layout: name with dbref and flag letters, type and flags, owner, parent, locks, description,
// attributes as `NAME [#owner flags]: value`); for others, who owns it and what it shows them.
// With a pattern, only the matching attributes.
import { AttributeView, BuilderView, Command, ObjectView, builderData, fail, lookUp, objectById, reply } from '../../../pdk';
import { attributeLine } from '../builder-text';

export function cmd_examine(): i32 {
  const command = Command.read();
  const target = command.hasArg('object') && command.arg('object').length > 0 ? command.arg('object') : 'here';
  const slash = target.indexOf('/');
  const found = lookUp(slash >= 0 ? target.substring(0, slash) : target);
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  const pattern = slash >= 0 ? target.substring(slash + 1).trim() : '';
  const data = builderData(object.id, pattern);
  if (!data.ok) return fail(data.error);
  const view = data.value!;
  const lines: string[] = [];
  if (pattern.length > 0) {
    appendAttributes(lines, view.attributes);
    if (lines.length == 0) lines.push('No matching attributes.');
    return reply(lines.join('\n'));
  }
  if (!view.controls) return reply(publicPart(object, view).join('\n'));
  lines.push(object.name + '(#' + object.id.toString() + object.letters + ')');
  lines.push('Type: ' + object.kind.toUpperCase() + ' Flags: ' + view.flags.join(' '));
  lines.push('Owner: ' + nameOf(object.owner) + '  Parent: ' + nameOf(view.parent));
  for (let i = 0; i < view.locks.length; i++) lines.push(view.locks[i].type + ' Lock: ' + view.locks[i].key);
  if (object.description.length > 0) lines.push(object.description);
  appendAttributes(lines, view.attributes);
  if (object.kind == 'exit') lines.push('Destination: ' + nameOf(object.destination));
  else if (object.location > 0) lines.push('Location: ' + nameOf(object.location));
  return reply(lines.join('\n'));
}

/** What PennMUSH shows someone who may not examine: the owner, and what is VISUAL. */
function publicPart(object: ObjectView, view: BuilderView): string[] {
  const lines: string[] = [object.name + ' is owned by ' + (object.owner > 0 ? nameOf(object.owner) : 'nobody') + '.'];
  if (view.flags.includes('VISUAL') && object.description.length > 0) lines.push(object.description);
  appendAttributes(lines, view.attributes);
  return lines;
}

function appendAttributes(lines: string[], attributes: AttributeView[]): void {
  for (let i = 0; i < attributes.length; i++) lines.push(attributeLine(attributes[i]));
}

/** `Alice(#3)`, or `*NOTHING*` for none, as PennMUSH writes a missing object. */
function nameOf(id: i64): string {
  if (id <= 0) return '*NOTHING*';
  const found = objectById(id);
  return found.ok ? found.value!.label : '#' + id.toString();
}
