// GET /plugins/scenes/log.txt?id=<scene> and log.html?id=<scene>: a published log as one file to
// keep, plain text or HTML. The first 2000 lines: a longer log is cut, and says so.
import { LINES_PER_PART, LogLine, linesOfPart, pagesFor } from '../lines-table';
import { PageRequest, downloadPage, htmlPage, textPage } from '../../../pdk';
import { publishedScene } from './published-scene';
import { htmlDocument, lineText, linesHtml, sceneHeading, sceneText } from './web-log';

/** Parts read for one file: each is a table read, and one call may wait on the host 64 times. */
const MAX_PARTS: i64 = 40;

export function page_log_txt(): i32 {
  const found = publishedScene(PageRequest.read());
  if (found.scene === null) return textPage('There is no published scene here.\n', 404);
  const scene = found.scene!;
  const lines = allLines(scene.id, scene.lines);
  if (lines === null) return textPage('The log could not be read just now; try again.\n', 404);
  const out: string[] = [sceneText(scene, found.people)];
  for (let i = 0; i < lines.length; i++) out.push(lineText(lines[i]));
  if (cut(scene.lines)) out.push('\n(The log goes on; this file holds its first ' + (MAX_PARTS * LINES_PER_PART).toString() + ' lines.)\n');
  return downloadPage('text', out.join(''), 'scene-' + scene.id.toString() + '.txt');
}

export function page_log_html(): i32 {
  const found = publishedScene(PageRequest.read());
  if (found.scene === null) return htmlPage(htmlDocument('No such scene', '<h1>No such scene</h1>'), 404);
  const scene = found.scene!;
  const lines = allLines(scene.id, scene.lines);
  if (lines === null) return htmlPage(htmlDocument('Try again', '<p>The log could not be read just now; try again.</p>'), 404);
  const note = cut(scene.lines) ? '\n<p>(The log goes on; this file holds its first ' + (MAX_PARTS * LINES_PER_PART).toString() + ' lines.)</p>' : '';
  return downloadPage('html', htmlDocument(scene.title, sceneHeading(scene, found.people) + '\n' + linesHtml(lines, found.people) + note), 'scene-' + scene.id.toString() + '.html');
}

function cut(lines: i64): bool {
  return pagesFor(lines, LINES_PER_PART) > MAX_PARTS;
}

function allLines(scene: i64, count: i64): LogLine[] | null {
  const parts = pagesFor(count, LINES_PER_PART);
  const lines: LogLine[] = [];
  for (let part: i64 = 1; part <= parts && part <= MAX_PARTS; part++) {
    const read = linesOfPart(scene, part);
    if (read === null) return null;
    for (let i = 0; i < read.length; i++) lines.push(read[i]);
  }
  return lines;
}
