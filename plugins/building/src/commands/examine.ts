// examine [<object>[/<pattern>]]: everything about an object for those who control it (PennMUSH's
// layout: name with dbref and flag letters, type and flags, owner, parent, locks, description,
// attributes as `NAME [#owner flags]: value`); for others, who owns it and what it shows them.
// With a pattern, only the matching attributes. The host writes the attribute lines itself
// (showAttributes), so an object with thousands of them examines as quickly as one with few.
import { BuilderView, Command, ObjectView, builderFields, characterById, done, fail, lookUp, objectById, reply, showAttributes, tell } from '../../../pdk';

export function cmd_examine(): i32 {
  const command = Command.read();
  const target = command.hasArg('object') && command.arg('object').length > 0 ? command.arg('object') : 'here';
  const slash = target.indexOf('/');
  const found = lookUp(slash >= 0 ? target.substring(0, slash) : target);
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  const pattern = slash >= 0 ? target.substring(slash + 1).trim() : '';
  if (pattern.length > 0) {
    const shown = showAttributes(object.id, pattern);
    if (!shown.ok) return fail(shown.errorMessage);
    return shown.int('total') == 0 ? reply('No matching attributes.') : done();
  }
  const fields = builderFields(object.id);
  if (!fields.ok) return fail(fields.error);
  const view = fields.value!;
  const heading = view.controls ? controllerHeading(object, view) : publicHeading(object, view);
  if (heading.length > 0) {
    const told = tell(heading.join('\n'));
    if (!told.ok) return fail(told.errorMessage);
  }
  const shown = showAttributes(object.id);
  if (!shown.ok) return fail(shown.errorMessage);
  if (!view.controls) return done();
  if (object.kind == 'exit') return reply('Destination: ' + nameOf(object.destination));
  if (object.location > 0) return reply('Location: ' + nameOf(object.location));
  return done();
}

function controllerHeading(object: ObjectView, view: BuilderView): string[] {
  const lines: string[] = [object.name + '(#' + object.id.toString() + object.letters + ')'];
  lines.push('Type: ' + typeName(object.kind) + ' Flags: ' + roleFlags(object).concat(view.flags).join(' '));
  lines.push('Owner: ' + nameOf(object.owner) + '  Parent: ' + nameOf(view.parent));
  for (let i = 0; i < view.locks.length; i++) lines.push(view.locks[i].type + ' Lock: ' + view.locks[i].key);
  if (object.description.length > 0) lines.push(object.description);
  return lines;
}

/** PennMUSH's type names: a character is a PLAYER. */
function typeName(kind: string): string {
  return kind == 'character' ? 'PLAYER' : kind.toUpperCase();
}

/** A character's role as PennMUSH would show it: an admin is a WIZARD, a builder has the BUILDER power. */
function roleFlags(object: ObjectView): string[] {
  if (!object.isCharacter) return [];
  const found = characterById(object.id);
  if (!found.ok) return [];
  const role = found.value!.role;
  return role == 'admin' ? ['WIZARD'] : role == 'builder' ? ['BUILDER'] : [];
}

/** What PennMUSH shows someone who may not examine: the owner, and what is VISUAL. */
function publicHeading(object: ObjectView, view: BuilderView): string[] {
  const lines: string[] = [object.name + ' is owned by ' + (object.owner > 0 ? nameOf(object.owner) : 'nobody') + '.'];
  if (view.flags.includes('VISUAL') && object.description.length > 0) lines.push(object.description);
  return lines;
}

/** `Alice(#3)`, or `*NOTHING*` for none, as PennMUSH writes a missing object. */
function nameOf(id: i64): string {
  if (id <= 0) return '*NOTHING*';
  const found = objectById(id);
  return found.ok ? found.value!.label : '#' + id.toString();
}
