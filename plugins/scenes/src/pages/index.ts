// GET /plugins/scenes/: every published scene, the latest published first, with its people and
// content warning, linking to its log.
import { PageRequest, escapeHtml, htmlPage } from '../../../pdk';
import { dateAndTime } from '../clock-text';
import { counted } from '../counted';
import { publishedScenes } from '../scenes-table';
import { htmlDocument } from './web-log';

const LISTED = 200;

export function page_index(): i32 {
  PageRequest.read();
  const scenes = publishedScenes(LISTED);
  if (scenes === null) return htmlPage(htmlDocument('Scenes', '<h1>Scenes</h1><p>The scenes could not be read just now; try again.</p>'), 404);
  const items: string[] = [];
  for (let i = 0; i < scenes.length; i++) {
    const scene = scenes[i];
    const id = scene.id.toString();
    const room = scene.roomName.length > 0 ? ' in ' + escapeHtml(scene.roomName) : '';
    const warning = scene.warning.length > 0 ? '<br><span class="warning-note"><strong>Content warning:</strong> ' + escapeHtml(scene.warning) + '</span>' : '';
    items.push(
      '<li><a href="/plugins/scenes/log?id=' + id + '">' + escapeHtml(scene.title) + '</a> <span class="meta">(#' + id + room + ', ' + dateAndTime(scene.createdMs) + ' UTC, ' +
        counted(scene.lines, 'line') + ')</span><br>With ' + escapeHtml(scene.people) + warning + '</li>',
    );
  }
  const list = items.length == 0 ? '<p>No scene has been published yet.</p>' : '<ul class="scenes">\n' + items.join('\n') + '\n</ul>';
  return htmlPage(htmlDocument('Scenes', '<h1>Scenes</h1>\n<p class="meta">Roleplay logs published by everyone who took part.</p>\n' + list));
}
