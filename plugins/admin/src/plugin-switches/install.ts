// @plugin/install <path>: installs (or upgrades) a plugin from a folder or manifest on the
// server's disk. Installing the same files again changes nothing and says so.
import { JSON, boolOf, fail, installPlugin, reply, strOf, stringsIn } from '../../../pdk';
import { PluginReport } from '../plugin-report';

export function installFrom(source: string): i32 {
  const answer = installPlugin(source);
  if (!answer.ok) return fail(answer.errorMessage);
  const installed = answer.obj('installed');
  const found = answer.obj('plugin');
  const report = PluginReport.read(found === null ? new JSON.Obj() : found);
  const name = installed === null ? report.name : strOf(installed, 'name');
  const version = installed === null ? report.version : strOf(installed, 'version');
  if (installed !== null && !boolOf(installed, 'changed')) return reply('Plugin ' + name + ' ' + version + ' is already installed; nothing changed.');
  if (report.status == 'error' || report.version != version) {
    return reply('Installed ' + name + ' ' + version + ', but it is not running: ' + (report.lastError.length > 0 ? report.lastError : 'no reason was given.'));
  }
  return reply('Installed ' + name + ' ' + version + '; it is ' + report.status + '.' + (installed === null ? '' : overrides(installed)));
}

/** What the new plugin replaces or overrides, so the admin hears it, not only the log. */
function overrides(installed: JSON.Obj): string {
  let text = '';
  const replaces = strOf(installed, 'replacesBundled');
  if (replaces.length > 0) text += '\nIt replaces the bundled plugin ' + replaces + '.';
  const takesOver = stringsIn(installed.getArr('takesOver'));
  if (takesOver.length > 0) text += '\nIt now answers, in another plugin\'s place: ' + takesOver.join(', ') + '.';
  const yields = stringsIn(installed.getArr('yields'));
  if (yields.length > 0) text += '\nThese of its commands stay with another plugin: ' + yields.join(', ') + '.';
  return text;
}
