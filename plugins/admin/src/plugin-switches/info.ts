// @plugin/info <name>: everything known about one plugin, its settings and last error included.
import { LabelledLines, fail, queryPlugins, reply } from '../../../pdk';
import { oneDecimal } from '../numbers';
import { NOT_SET, PluginReport, refusal } from '../plugin-report';

export function showPlugin(name: string): i32 {
  const answer = queryPlugins(name);
  if (!answer.ok) return fail(refusal(answer, name));
  const found = answer.obj('plugin');
  if (found === null) return fail('No plugin is called "' + name + '".');
  const report = PluginReport.read(found);
  const lines = new LabelledLines()
    .add('Plugin', report.name)
    .add('Version', report.version)
    .add('Description', report.description)
    .add('Status', report.status)
    .add('State', report.state)
    .add('Priority', report.priority)
    .add('Calls', report.calls.toString())
    .add('Errors', report.errors.toString())
    .add('Call time', 'p50 ' + oneDecimal(report.p50Ms) + ' ms, p99 ' + oneDecimal(report.p99Ms) + ' ms')
    .add('Crashes', report.crashCount.toString());
  if (report.lastError.length > 0) lines.add('Last error', report.lastError);
  if (report.nextRetryAt.length > 0) lines.add('Next retry', report.nextRetryAt);
  lines.add('Commands', report.commands.length > 0 ? report.commands.join(', ') : NOT_SET);
  lines.add('Settings', report.config.length > 0 ? report.config.join(', ') : NOT_SET);
  lines.add('Source', report.source).add('Manifest', report.file);
  return reply(lines.toString());
}
