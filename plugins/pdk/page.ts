// A web page request as a page handler receives it (`pages:` in the manifest, capability
// `web:pages`), and what it answers. Read it with `PageRequest.read()`; answer with `htmlPage`,
// `textPage` or `downloadPage`. Hearth serves the body under /plugins/<plugin>/<path> with its own
// content type and a policy that runs no script; escaping player text is the plugin's job: put
// every piece of it through `escapeHtml` (html.ts).
import { Host } from '@extism/as-pdk';
import { writeOutput } from './command';
import { JSON } from './json';
import { JsonWriter } from './json-writer';

export class PageRequest {
  constructor(
    /** The page's path as the manifest names it: '' for the index, `log`, `log.txt`. */
    public path: string,
    public query: JSON.Obj,
  ) {}

  static read(): PageRequest {
    const parsed = JSON.parseBytes(Host.input());
    const input = parsed.isObj ? <JSON.Obj>parsed : new JSON.Obj();
    const path = input.getString('path');
    const query = input.getObj('query');
    return new PageRequest(path === null ? '' : path.valueOf(), query === null ? new JSON.Obj() : query);
  }

  /** A query parameter (`?id=3` gives `param('id') == '3'`), or '' when absent. */
  param(name: string): string {
    const value = this.query.getString(name);
    return value === null ? '' : value.valueOf();
  }

  hasParam(name: string): bool {
    return this.query.getString(name) !== null;
  }
}

/** Answers an HTML page (served as text/html; charset=utf-8). `status`: 200, 400, 403 or 404. */
export function htmlPage(body: string, status: i32 = 200): i32 {
  return writePage('html', body, status, '');
}

/** Answers a plain-text page (served as text/plain; charset=utf-8). */
export function textPage(body: string, status: i32 = 200): i32 {
  return writePage('text', body, status, '');
}

/** Answers a file to save (`type` is `html` or `text`), named `filename` (letters, digits, `.`, `_`, `-`). */
export function downloadPage(type: string, body: string, filename: string): i32 {
  return writePage(type, body, 200, filename);
}

function writePage(type: string, body: string, status: i32, filename: string): i32 {
  const writer = new JsonWriter().int('status', status).str('type', type).str('body', body);
  if (filename.length > 0) writer.str('filename', filename);
  return writeOutput(writer.end());
}
