// @plugin/enable <name> and @plugin/disable <name>: switching a plugin on or off, a choice the
// server keeps across restarts.
import { JSON, fail, reply, setPluginEnabled } from '../../../pdk';
import { PluginReport, refusal } from '../plugin-report';

export function switchPlugin(name: string, enabled: bool): i32 {
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
