// +scene/<switch>: creating, running, reading and publishing scenes. The core refuses switches the
// manifest does not list, so every switch arriving here is one of these.
import { Command, fail, reply } from '../../../pdk';
import { createScene } from '../scene-switches/create';
import { sceneInfo } from '../scene-switches/info';
import { joinScene, leaveScene } from '../scene-switches/join';
import { listScenes } from '../scene-switches/list';
import { readLog } from '../scene-switches/log';
import { nudge } from '../scene-switches/nudge';
import { ooc } from '../scene-switches/ooc';
import { showOrder } from '../scene-switches/order';
import { publish, unpublish } from '../scene-switches/publish';
import { setMode, setWarning } from '../scene-switches/settings';
import { endScene, pauseScene, resumeScene } from '../scene-switches/state';

const USAGE = [
  'Scene commands (help +scene says more):',
  '  +scene/create <title>          start a scene in your room',
  '  +scene/join, /leave [<id>]     take part, or stop',
  '  +scene/pause, /resume [<id>]   stop logging for a while, or go on',
  '  +scene/end [<id>]              end it for good',
  '  +scene/list, /info [<id>]      the scenes, or one in full',
  '  +scene/order [<id>]            who is next to pose',
  '  +scene/mode <id>=free|strict|3pose',
  '  +scene/nudge [<id>]            remind the next poser',
  '  +scene/warn <id>=<text>        the content warning',
  '  +scene/log <id>[=<page>]       read the log',
  '  +scene/ooc <message>           an aside, logged as OOC',
  '  +scene/publish, /unpublish <id>',
].join('\n');

export function cmd_scene(): i32 {
  const command = Command.read();
  if (command.switches.length == 0) return reply(USAGE);
  if (command.switches.length > 1) return fail('Use one switch at a time, such as +scene/join.');
  const action = command.switches[0];
  const actor = command.actor;
  const rest = command.rest;
  if (action == 'create') return createScene(actor, rest);
  if (action == 'ooc') return ooc(actor, rest);
  if (action == 'list') return listScenes();
  const equals = rest.indexOf('=');
  const target = equals < 0 ? rest : rest.slice(0, equals);
  const value = equals < 0 ? '' : rest.slice(equals + 1);
  if (action == 'mode') return equals < 0 ? fail('Use +scene/mode <id>=free|strict|3pose.') : setMode(actor, target, value);
  if (action == 'warn') return equals < 0 ? fail('Use +scene/warn <id>=<text>.') : setWarning(actor, target, value);
  if (action == 'log') return readLog(actor, target, value);
  if (equals >= 0) return fail('+scene/' + action + ' takes a scene number only, such as +scene/' + action + ' 3.');
  if (action == 'join') return joinScene(actor, target);
  if (action == 'leave') return leaveScene(actor, target);
  if (action == 'pause') return pauseScene(actor, target);
  if (action == 'resume') return resumeScene(actor, target);
  if (action == 'end') return endScene(actor, target);
  if (action == 'info') return sceneInfo(actor, target);
  if (action == 'order') return showOrder(actor, target);
  if (action == 'nudge') return nudge(actor, target);
  if (action == 'publish') return publish(actor, target);
  return unpublish(actor, target);
}
