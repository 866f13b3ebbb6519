// @plugin/config <name> <key>=<value>: changes one of a plugin's settings (a key its manifest
// declares); only that plugin restarts. With just a name, lists its settings.
import { JSON, fail, queryPlugins, reply, setPluginConfig } from '../../../pdk';
import { PluginReport, refusal } from '../plugin-report';

export function configure(rest: string): i32 {
  const space = rest.indexOf(' ');
  const name = space < 0 ? rest : rest.slice(0, space);
  const setting = space < 0 ? '' : rest.slice(space + 1).trim();
  if (setting.length == 0) return showSettings(name);
  const equals = setting.indexOf('=');
  if (equals <= 0) return fail('Usage: @plugin/config <name> <key>=<value>, e.g. @plugin/config greet greeting=Howdy');
  const key = setting.slice(0, equals).trim();
  const value = setting.slice(equals + 1).trim();
  const answer = setPluginConfig(name, key, value);
  if (!answer.ok) return fail(refusal(answer, name));
  const found = answer.obj('plugin');
  const report = PluginReport.read(found === null ? new JSON.Obj() : found);
  return reply('Plugin ' + report.name + ': ' + key + ' is now "' + value + '"; it restarted and is ' + report.status + '.');
}

function showSettings(name: string): i32 {
  const answer = queryPlugins(name);
  if (!answer.ok) return fail(refusal(answer, name));
  const found = answer.obj('plugin');
  const report = PluginReport.read(found === null ? new JSON.Obj() : found);
  if (report.config.length == 0) return reply('Plugin ' + report.name + ' has no settings.');
  return reply('Settings of ' + report.name + ':\n  ' + report.config.join('\n  '));
}
