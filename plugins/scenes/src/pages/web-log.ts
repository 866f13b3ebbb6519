// A published scene as HTML and as plain text: its heading (title, room, times, people, content
// warning) and its lines, each with its time and its speaker's colour. Every piece of player text
// goes through the kit's escapeHtml (or plainText); nothing a player typed is ever markup.
import { escapeHtml, plainText } from '../../../pdk';
import { dateAndTime, isoTime, timeOfDay } from '../clock-text';
import { LogLine } from '../lines-table';
import { Participant } from '../participants-table';
import { Scene } from '../scenes-table';

/** Speaker colours, readable on the page's light background; a speaker keeps theirs by seat. */
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#be123c', '#6d28d9', '#0e7490', '#a16207', '#9d174d'];

const STYLE =
  'body{font-family:Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2937;background:#fdfcf8}' +
  'h1{margin-bottom:.2rem}.meta{color:#4b5563;margin:.2rem 0}.warning{border:2px solid #b91c1c;background:#fef2f2;padding:.5rem .8rem;border-radius:4px}' +
  'ol.log{list-style:none;padding:0}ol.log li{margin:.6rem 0}ol.log time{color:#6b7280;font-family:monospace;font-size:.85em;margin-right:.5rem}' +
  '.who{font-weight:bold}.emit .text{font-style:italic}.ooc{color:#6b7280}.ooc-mark{font-size:.75em;border:1px solid #9ca3af;border-radius:3px;padding:0 .2rem;margin-right:.3rem}' +
  'nav>*{margin-right:1rem}ul.scenes li{margin:.8rem 0}' +
  COLOURS.map<string>((colour, index) => '.c' + index.toString() + '{color:' + colour + '}').join('');

/** A whole HTML document around `body`. */
export function htmlDocument(title: string, body: string): string {
  return '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>' + escapeHtml(title) + '</title><style>' + STYLE + '</style></head>\n<body>\n' + body + '\n</body></html>\n';
}

/** The scene's heading: title, room, when, who, and the content warning. */
export function sceneHeading(scene: Scene, people: Participant[]): string {
  const parts: string[] = ['<header><h1>' + escapeHtml(scene.title) + '</h1>'];
  const room = scene.roomName.length > 0 ? ' in ' + escapeHtml(scene.roomName) : '';
  parts.push('<p class="meta">Scene #' + scene.id.toString() + room + ', ' + timeElement(scene.createdMs, dateAndTime(scene.createdMs)) + ' to ' + timeElement(scene.endedMs, dateAndTime(scene.endedMs)) + ' UTC</p>');
  const names: string[] = [];
  for (let i = 0; i < people.length; i++) names.push('<span class="who ' + colourOf(people, people[i].character) + '">' + escapeHtml(people[i].name) + '</span>');
  parts.push('<p class="meta">With ' + names.join(', ') + '</p>');
  if (scene.warning.length > 0) parts.push('<p class="warning" role="note"><strong>Content warning:</strong> ' + escapeHtml(scene.warning) + '</p>');
  parts.push('</header>');
  return parts.join('\n');
}

/** The lines as an ordered list. */
export function linesHtml(lines: LogLine[], people: Participant[]): string {
  const items: string[] = ['<ol class="log">'];
  for (let i = 0; i < lines.length; i++) items.push(lineHtml(lines[i], people));
  items.push('</ol>');
  return items.join('\n');
}

/** The scene as a plain-text file: its heading, then `[date time] text` a line. */
export function sceneText(scene: Scene, people: Participant[]): string {
  const names: string[] = [];
  for (let i = 0; i < people.length; i++) names.push(plainText(people[i].name));
  const lines: string[] = [
    'Scene #' + scene.id.toString() + ': ' + plainText(scene.title),
    'Room: ' + plainText(scene.roomName),
    'From ' + dateAndTime(scene.createdMs) + ' to ' + dateAndTime(scene.endedMs) + ' UTC',
    'With ' + names.join(', '),
  ];
  if (scene.warning.length > 0) lines.push('Content warning: ' + plainText(scene.warning));
  return lines.join('\n') + '\n\n';
}

export function lineText(line: LogLine): string {
  return '[' + dateAndTime(line.atMs) + '] ' + (line.ooc ? '(OOC) ' : '') + plainText(line.text) + '\n';
}

function lineHtml(line: LogLine, people: Participant[]): string {
  const colour = colourOf(people, line.speaker);
  const classes = 'line ' + (line.ooc ? 'ooc' : line.kind);
  const time = timeElement(line.atMs, timeOfDay(line.atMs));
  const mark = line.ooc ? '<span class="ooc-mark">OOC</span>' : '';
  let text: string;
  if (line.kind == 'emit') {
    text = '<span class="text" title="' + escapeHtml('@emit by ' + line.name) + '">' + escapeHtml(line.text) + '</span>';
  } else {
    // The speaker's name, where the line starts with it, in their colour.
    const prefix = line.text.indexOf(line.name) == 0 && line.name.length > 0 ? line.name : '';
    const start = line.ooc && line.text.startsWith('<OOC> ' + line.name) ? '<OOC> '.length : -1;
    if (start > 0) {
      text = '<span class="text"><span class="who ' + colour + '">' + escapeHtml(line.name) + '</span>' + escapeHtml(line.text.slice(start + line.name.length)) + '</span>';
    } else if (prefix.length > 0) {
      text = '<span class="text"><span class="who ' + colour + '">' + escapeHtml(prefix) + '</span>' + escapeHtml(line.text.slice(prefix.length)) + '</span>';
    } else {
      text = '<span class="text">' + escapeHtml(line.text) + '</span>';
    }
  }
  return '<li class="' + classes + '">' + time + mark + text + '</li>';
}

function timeElement(ms: i64, shown: string): string {
  return '<time datetime="' + isoTime(ms) + '">' + shown + '</time>';
}

/** `c0`..`c7`: the speaker's colour class, by the seat they took in the scene. */
function colourOf(people: Participant[], character: i64): string {
  for (let i = 0; i < people.length; i++) {
    if (people[i].character == character) return 'c' + ((people[i].seat - 1) % COLOURS.length).toString();
  }
  return 'c0';
}
