// page <names>=<message>, page <message>: a private message to characters anywhere, by name
// (separated by spaces or commas, "quoted" when a name has spaces).
// Without names it pages whoever the character paged last. `:` and `;` make it a pose.
import { CharacterView, Command, JsonWriter, TypedName, emit, fail, reply, splitNameList } from '../../../pdk';
import { lastPaged, rememberPaged } from '../last-paged';
import { pageRefusal } from '../page-lock';
import { findTargets, namesIn, wholeNames } from '../page-targets';
import { Speech } from '../speech';

const WHOM = 'Whom do you want to page? Use page <name>=<message>.';
const WHAT = 'What do you want to page? Use page <name>=<message>.';

export function cmd_page(): i32 {
  const command = Command.read();
  const actor = command.actor;
  let message = command.arg('message');
  const typedNames = command.hasArg('targets');
  let names: TypedName[];
  if (typedNames) {
    names = splitNameList(command.arg('targets'));
  } else {
    // `page Bob=` has names but nothing to say: the pattern cannot tell it from a message.
    if (message.endsWith('=')) return fail(WHAT);
    // `page =hi` names an empty list, which means the same people as last time.
    if (message.startsWith('=')) message = message.slice(1).trim();
    names = wholeNames(lastPaged(actor.id));
  }
  if (names.length == 0) return fail(WHOM);
  const speech = Speech.of(message);
  if (speech.isEmpty) return fail(WHAT);

  const found = findTargets(names);
  if (!found.ok) return fail(found.error);
  const targets = found.value!;
  const reachable: CharacterView[] = [];
  const notices: string[] = [];
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (!target.connected) {
      notices.push(target.name + ' is not connected; @mail ' + target.name + '=<message> reaches them.');
      continue;
    }
    const refusal = pageRefusal(actor, target);
    if (refusal.length > 0) notices.push(refusal);
    else reachable.push(target);
  }
  if (reachable.length == 0) return fail(notices.join('\n'));

  const text = speech.isPose ? 'From afar, ' + speech.posedBy(actor.name) : actor.name + ' pages: ' + speech.body;
  const payload = new JsonWriter().str('from', actor.name).str('message', speech.body).bool('pose', speech.isPose).str('text', text).end();
  for (let i = 0; i < reachable.length; i++) {
    const sent = emit('character:' + reachable[i].id.toString(), 'page', payload);
    if (!sent.ok) return fail(sent.errorMessage);
  }
  // Last, so a refusal here still undoes the whole page (KV writes are not undone by the core).
  if (typedNames) {
    const refused = rememberPaged(actor.id, namesIn(targets));
    if (refused.length > 0) return fail(refused);
  }

  const to = namesIn(reachable).join(', ');
  notices.push(speech.isPose ? 'Long distance to ' + to + ': ' + speech.posedBy(actor.name) : 'You paged ' + to + " with '" + speech.body + "'.");
  return reply(notices.join('\n'));
}
