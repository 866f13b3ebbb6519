// +scene/publish <id> and +scene/unpublish <id>: everyone who took part in an ended scene votes
// to publish its log; when the last vote is in, the log is on the web. Any participant, or an
// admin, can take it down again, and then every vote is needed afresh.
import { Actor, JsonWriter, fail, reply, send, unixMs } from '../../../pdk';
import { clearVotes, updateParticipant } from '../participants-table';
import { notTakingPart, sceneWithPeople } from '../scene-lookup';
import { updateScene } from '../scenes-table';

export function publish(actor: Actor, typed: string): i32 {
  if (typed.trim().length == 0) return fail('Which scene? Use +scene/publish <id>.');
  const found = sceneWithPeople(actor, typed, 'publish');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  const self = found.self;
  if (self === null) return fail(notTakingPart(scene, 'vote to publish it'));
  if (!scene.ended) return fail('Scene ' + scene.label + ' is still ' + scene.state + '; end it first (+scene/end ' + scene.id.toString() + ').');
  if (scene.published) return fail('Scene ' + scene.label + ' is already published.');
  if (self.vote) return fail('You have already voted to publish scene ' + scene.label + '.');
  const voted = updateParticipant(scene.id, actor.id, new JsonWriter().bool('vote', true));
  if (!voted.ok) return fail(voted.errorMessage);
  const waiting: string[] = [];
  for (let i = 0; i < found.people.length; i++) {
    const person = found.people[i];
    if (!person.vote && person.character != actor.id) waiting.push(person.name);
  }
  if (waiting.length > 0) {
    const agreed = found.people.length - waiting.length;
    return reply('You vote to publish scene ' + scene.label + ': ' + agreed.toString() + ' of ' + found.people.length.toString() + ' agree. Waiting for ' + waiting.join(', ') + '.');
  }
  const published = updateScene(scene.id, new JsonWriter().bool('published', true).int('published_ms', unixMs()));
  if (!published.ok) return fail(published.errorMessage);
  const where = '/plugins/scenes/log?id=' + scene.id.toString();
  for (let i = 0; i < found.people.length; i++) {
    const person = found.people[i];
    // Told when they are connected; the rest see it in +scene/info.
    if (person.character != actor.id) send(person.character, 'Everyone agreed: scene ' + scene.label + ' is published, at ' + where + ' on the game\'s web site.');
  }
  return reply('You vote to publish scene ' + scene.label + ', and everyone has agreed: it is published at ' + where + ' on the game\'s web site.');
}

export function unpublish(actor: Actor, typed: string): i32 {
  if (typed.trim().length == 0) return fail('Which scene? Use +scene/unpublish <id>.');
  const found = sceneWithPeople(actor, typed, 'unpublish');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (found.self === null && !actor.isAdmin) return fail(notTakingPart(scene, 'unpublish it'));
  if (!scene.published) return fail('Scene ' + scene.label + ' is not published.');
  const hidden = updateScene(scene.id, new JsonWriter().bool('published', false).int('published_ms', 0));
  if (!hidden.ok) return fail(hidden.errorMessage);
  const cleared = clearVotes(scene.id);
  if (!cleared.ok) return fail(cleared.errorMessage);
  return reply('Scene ' + scene.label + ' is no longer published. Publishing it again needs everyone\'s vote afresh.');
}
