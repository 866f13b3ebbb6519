// @plugin/<switch>: what the plugins are doing, and managing them while everyone keeps playing:
// list, info, enable, disable, install, reload, config and remove, one file per switch.
import { Command, fail } from '../../../pdk';
import { configure } from '../plugin-switches/config';
import { showPlugin } from '../plugin-switches/info';
import { installFrom } from '../plugin-switches/install';
import { listPlugins } from '../plugin-switches/list';
import { reloadNamed } from '../plugin-switches/reload';
import { removeNamed } from '../plugin-switches/remove';
import { switchPlugin } from '../plugin-switches/toggle';

const USAGE =
  'Usage: @plugin/list, @plugin/info <name>, @plugin/enable <name>, @plugin/disable <name>, @plugin/install <path>, @plugin/reload <name>, @plugin/config <name> [<key>=<value>] or @plugin/remove <name>.';

export function cmd_plugin(): i32 {
  const command = Command.read();
  if (command.switches.length == 0) return fail(USAGE);
  if (command.switches.length > 1) return fail('Use one switch at a time. ' + USAGE);
  const action = command.switches[0];
  const name = command.arg('name');
  if (action == 'list') return name.length > 0 ? fail('@plugin/list takes no name; use @plugin/info <name> for one plugin.') : listPlugins();
  if (name.length == 0) return fail('Usage: @plugin/' + action + (action == 'install' ? ' <path>' : ' <name>'));
  if (action == 'info') return showPlugin(name);
  if (action == 'install') return installFrom(name);
  if (action == 'reload') return reloadNamed(name);
  if (action == 'config') return configure(name);
  if (action == 'remove') return removeNamed(name);
  return switchPlugin(name, action == 'enable');
}
