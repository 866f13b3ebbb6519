// @plugin/install <path>: installs (or upgrades) a plugin from a folder or manifest on the
// server's disk. Installing the same files again changes nothing and says so.
import { JSON, boolOf, fail, installPlugin, reply, strOf } from '../../../pdk';
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
  return reply('Installed ' + name + ' ' + version + '; it is ' + report.status + '.');
}
