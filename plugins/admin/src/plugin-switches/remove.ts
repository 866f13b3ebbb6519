// @plugin/remove <name>: removes an installed plugin (bundled ones can only be disabled). Its
// tables and stored data stay, for a later reinstall.
import { fail, removePlugin, reply } from '../../../pdk';
import { refusal } from '../plugin-report';

export function removeNamed(name: string): i32 {
  const answer = removePlugin(name);
  if (!answer.ok) return fail(refusal(answer, name));
  return reply('Plugin ' + name.toLowerCase() + ' removed; its tables and data are kept.');
}
