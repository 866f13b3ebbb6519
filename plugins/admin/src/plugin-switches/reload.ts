// @plugin/reload <name>: reads the plugin's files again and restarts it. A new version that
// fails to start leaves the running one in place, and the reply says why.
import { JSON, fail, reloadPlugin, reply } from '../../../pdk';
import { PluginReport, refusal } from '../plugin-report';

export function reloadNamed(name: string): i32 {
  const answer = reloadPlugin(name);
  if (!answer.ok) return fail(refusal(answer, name));
  const found = answer.obj('plugin');
  const report = PluginReport.read(found === null ? new JSON.Obj() : found);
  if (report.lastError.length > 0 && report.status != 'ready') return reply('Plugin ' + report.name + ' did not start: ' + report.lastError);
  if (report.lastError.length > 0) return reply('Plugin ' + report.name + ' ' + report.version + ' is still running: ' + report.lastError);
  return reply('Plugin ' + report.name + ' ' + report.version + ' reloaded; it is ' + report.status + '.');
}
