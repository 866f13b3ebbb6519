// What players write in messages: titles and bodies checked against their limits (counted in
// characters, an emoji being one), control characters taken out (they could repaint a reader's
// screen), and bodies shown with MUSH marks: %r a new line, %t an indent, %b a space (one that
// survives the trimming of what players type), %% a percent sign.
import { characterCount, withoutControlCharacters } from '../../pdk';
import { MAX_BODY, MAX_TITLE } from './limits';

/** The text to store, or `error` when it cannot be. */
export class Checked {
  constructor(
    public text: string,
    public error: string,
  ) {}

  get ok(): bool {
    return this.error.length == 0;
  }
}

export function checkedTitle(typed: string): Checked {
  const title = withoutControlCharacters(typed).trim();
  if (title.length == 0) return new Checked('', 'Give the message a title: +bbpost <board>/<title>=<body>.');
  const count = characterCount(title);
  if (count > MAX_TITLE) return new Checked('', tooLong('A title', MAX_TITLE, count));
  return new Checked(title, '');
}

export function checkedBody(typed: string): Checked {
  const body = withoutControlCharacters(typed).trim();
  if (body.length == 0) return new Checked('', 'What should the message say? Write it after the "=".');
  const count = characterCount(body);
  if (count > MAX_BODY) return new Checked('', tooLong('A message', MAX_BODY, count));
  return new Checked(body, '');
}

/** The title of a reply to `title`: `Re: <title>`, never `Re: Re:`, cut to fit. */
export function replyTitle(title: string): string {
  const original = title.startsWith('Re: ') ? title.slice(4) : title;
  const reply = 'Re: ' + original;
  if (characterCount(reply) <= MAX_TITLE) return reply;
  // Cut by characters, so an emoji is never split in half.
  let end = 0;
  for (let seen = 0; seen < MAX_TITLE && end < reply.length; seen++) {
    const code = reply.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < reply.length ? 2 : 1;
  }
  return reply.slice(0, end);
}

/** The body as readers see it, with %r, %t, %b and %% turned into what they stand for. */
export function rendered(body: string): string {
  if (!body.includes('%')) return body;
  const parts: string[] = [];
  let kept = 0;
  for (let i = 0; i + 1 < body.length; i++) {
    if (body.charCodeAt(i) != 0x25) continue;
    const mark = body.charAt(i + 1);
    let meaning = '';
    if (mark == 'r' || mark == 'R') meaning = '\n';
    else if (mark == 't' || mark == 'T') meaning = '    ';
    else if (mark == 'b' || mark == 'B') meaning = ' ';
    else if (mark == '%') meaning = '%';
    else continue;
    parts.push(body.slice(kept, i));
    parts.push(meaning);
    i++;
    kept = i + 1;
  }
  parts.push(body.slice(kept));
  return parts.join('');
}

function tooLong(what: string, limit: i32, count: i32): string {
  return what + ' may be at most ' + limit.toString() + ' characters; yours has ' + count.toString() + '.';
}
