// +scene/log <id>[=<page>]: the log, 20 lines a page, for those who took part, admins, and anyone
// once it is published. Out-of-character lines are marked (OOC).
import { Actor, fail, reply, shortened } from '../../../pdk';
import { timeOfDay } from '../clock-text';
import { LINES_PER_PAGE, LogLine, linesOfPage, pagesFor } from '../lines-table';
import { sceneNumber, sceneWithPeople } from '../scene-lookup';

export function readLog(actor: Actor, typed: string, pageText: string): i32 {
  if (typed.trim().length == 0) return fail('Which scene? Use +scene/log <id>[=<page>].');
  const found = sceneWithPeople(actor, typed, 'log');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (!scene.published && found.self === null && !actor.isAdmin) {
    return fail('Only those who took part in scene ' + scene.label + ' can read its log until it is published.');
  }
  const pages = pagesFor(scene.lines, LINES_PER_PAGE);
  const wanted = pageText.trim();
  const page = wanted.length == 0 ? 1 : sceneNumber(wanted);
  if (page < 1 || page > pages) {
    return fail('"' + shortened(wanted, 12) + '" is not a page of scene ' + scene.label + '; it has ' + pages.toString() + (pages == 1 ? ' page.' : ' pages.'));
  }
  const lines = linesOfPage(scene.id, page);
  if (lines === null) return fail('The log could not be read; try again.');
  const out: string[] = ['Log of scene ' + scene.label + ', page ' + page.toString() + ' of ' + pages.toString() + ':'];
  if (lines.length == 0) out.push('  (nothing has been logged yet)');
  for (let i = 0; i < lines.length; i++) out.push(shownLine(lines[i]));
  if (page < pages) out.push('More: +scene/log ' + scene.id.toString() + '=' + (page + 1).toString());
  return reply(out.join('\n'));
}

function shownLine(line: LogLine): string {
  return '[' + timeOfDay(line.atMs) + '] ' + (line.ooc ? '(OOC) ' : '') + line.text;
}
