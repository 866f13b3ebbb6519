// @plugin/list: every plugin with its version, status, state, priority, calls and errors.
import { TextTable, fail, queryPlugins, reply } from '../../../pdk';
import { PluginReport } from '../plugin-report';

export function listPlugins(): i32 {
  const answer = queryPlugins();
  if (!answer.ok) return fail(answer.errorMessage);
  const reports = PluginReport.readAll(answer.objects('plugins'));
  if (reports.length == 0) return reply('No plugins are installed.');
  const table = new TextTable(['Plugin', 'Version', 'Status', 'State', 'Priority', 'Calls', 'Errors'], [false, false, false, false, true, true, true]);
  for (let i = 0; i < reports.length; i++) {
    const report = reports[i];
    table.add([report.name, report.version, report.status, report.state, report.priority, report.calls.toString(), report.errors.toString()]);
  }
  return reply(table.toString());
}
