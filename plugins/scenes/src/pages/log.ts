// GET /plugins/scenes/log?id=<scene>[&part=<n>]: one published scene, 50 lines a part, with links
// to the other parts and to the text and HTML files.
import { PageRequest, htmlPage } from '../../../pdk';
import { LINES_PER_PART, linesOfPart, pagesFor } from '../lines-table';
import { sceneNumber } from '../scene-lookup';
import { publishedScene } from './published-scene';
import { htmlDocument, linesHtml, sceneHeading } from './web-log';

export function page_log(): i32 {
  const request = PageRequest.read();
  const found = publishedScene(request);
  if (found.scene === null) return notFound();
  const scene = found.scene!;
  const parts = pagesFor(scene.lines, LINES_PER_PART);
  const part = request.hasParam('part') ? sceneNumber(request.param('part')) : 1;
  if (part < 1 || part > parts) return notFound();
  const lines = linesOfPart(scene.id, part);
  if (lines === null) return notFound();
  const id = scene.id.toString();
  const base = '/plugins/scenes/log?id=' + id;
  const nav: string[] = ['<nav><a href="/plugins/scenes/">All scenes</a>'];
  if (part > 1) nav.push('<a href="' + base + '&amp;part=' + (part - 1).toString() + '" rel="prev">Earlier</a>');
  if (part < parts) nav.push('<a href="' + base + '&amp;part=' + (part + 1).toString() + '" rel="next">Later</a>');
  nav.push('<span>Part ' + part.toString() + ' of ' + parts.toString() + '</span>');
  nav.push('<a href="/plugins/scenes/log.txt?id=' + id + '">Plain text</a><a href="/plugins/scenes/log.html?id=' + id + '">HTML file</a></nav>');
  const body = sceneHeading(scene, found.people) + '\n' + nav.join('') + '\n' + linesHtml(lines, found.people) + '\n' + nav.join('');
  return htmlPage(htmlDocument(scene.title, body));
}

function notFound(): i32 {
  return htmlPage(htmlDocument('No such scene', '<h1>No such scene</h1><p>There is no published scene here. <a href="/plugins/scenes/">All scenes</a></p>'), 404);
}
