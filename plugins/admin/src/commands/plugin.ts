// @plugin/list, @plugin/info <name>, @plugin/enable <name>, @plugin/disable <name>: what the
// plugins are doing, and switching them on and off (the choice outlives restarts).
import { Command, HostReply, JSON, fail, queryPlugins, reply, setPluginEnabled } from '../../../pdk';
import { oneDecimal } from '../numbers';
import { NOT_SET, PluginReport } from '../plugin-report';
import { LabelledLines, TextTable } from '../text-table';

const USAGE = 'Usage: @plugin/list, @plugin/info <name>, @plugin/enable <name> or @plugin/disable <name>.';

export function plugin_command(): i32 {
  const command = Command.read();
  if (command.switches.length == 0) return fail(USAGE);
  if (command.switches.length > 1) return fail('Use one switch at a time. ' + USAGE);
  const action = command.switches[0];
  const name = command.arg('name');
  if (action == 'list') return name.length > 0 ? fail('@plugin/list takes no name; use @plugin/info <name> for one plugin.') : listPlugins();
  if (name.length == 0) return fail('Usage: @plugin/' + action + ' <name>');
  if (action == 'info') return showPlugin(name);
  return switchPlugin(name, action == 'enable');
}

function listPlugins(): i32 {
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

function showPlugin(name: string): i32 {
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
  lines.add('Commands', report.commands.length > 0 ? report.commands.join(', ') : NOT_SET).add('Manifest', report.file);
  return reply(lines.toString());
}

function switchPlugin(name: string, enabled: bool): i32 {
  const answer = setPluginEnabled(name, enabled);
  if (!answer.ok) return fail(refusal(answer, name));
  // The change is made by now, so a missing report must not turn this into a failure.
  const changed = answer.obj('plugin');
  const report = PluginReport.read(changed === null ? new JSON.Obj() : changed);
  const shown = report.name.length > 0 ? report.name : name.toLowerCase();
  if (!enabled) return reply('Plugin ' + shown + ' disabled; its commands no longer answer.');
  // Enabling is also how an admin retries a plugin that failed to load, so say when it still fails.
  if (report.status == 'error') {
    const reason = report.lastError.length > 0 ? report.lastError : 'no reason was given.';
    return reply('Plugin ' + shown + ' enabled, but it failed to load: ' + reason);
  }
  return reply('Plugin ' + shown + ' enabled.');
}

/** The host's refusal, except for names longer than any plugin's, which it refuses unread. */
function refusal(answer: HostReply, name: string): string {
  if (answer.errorCode == 'E_HOST_CALL_INVALID') return 'No plugin is called "' + name + '".';
  return answer.errorMessage;
}
