// What every way of sending checks and says: a message with something in it and not too long, not
// too many recipients, and PennMUSH's line for each player it went to. A message is measured in
// one pass (its text is read again on every pause of a send, so each pass over it counts).
import { CharacterView, withoutControlCharacters } from '../../pdk';
import { maxMessageLength, maxRecipients } from './limits';

export const NOTHING_TO_SEND = "MAIL: I can't figure out what you want to send.";

/** A message's text, fit to show to others, with its length in characters and in UTF-8 bytes. */
export class MessageText {
  constructor(
    public text: string,
    public characters: i32,
    public bytes: i32,
  ) {}

  /** `typed` without control characters (they could fake lines or colours on others' screens). */
  static of(typed: string): MessageText {
    let characters = 0;
    let bytes = 0;
    let controls = false;
    for (let i = 0; i < typed.length; i++) {
      const code = typed.charCodeAt(i);
      if (code < 0x80) {
        bytes += 1;
        if (code < 0x20 || code == 0x7f) controls = true;
      } else if (code < 0x800) {
        bytes += 2;
        if (code <= 0x9f) controls = true;
      } else if (code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(typed.charCodeAt(i - 1))) {
        // The second half of a pair: the pair is one character of four bytes, counted at its first half.
        continue;
      } else bytes += isHighSurrogate(code) ? 4 : 3;
      characters++;
    }
    if (controls) return MessageText.of(withoutControlCharacters(typed));
    return new MessageText(typed, characters, bytes);
  }

  /** Why it cannot be sent, or ''. */
  get problem(): string {
    if (this.text.trim().length == 0) return NOTHING_TO_SEND;
    const most = maxMessageLength();
    if (this.characters <= most) return '';
    return 'MAIL: Your message is ' + this.characters.toString() + ' characters long; a message may be at most ' + most.toString() + '. Nothing was sent.';
  }
}

/** Why mail cannot go to `count` players at once, or ''. */
export function recipientCountProblem(count: i32): string {
  const most = maxRecipients();
  if (count <= most) return '';
  return 'MAIL: You named ' + count.toString() + ' players; one message may go to at most ' + most.toString() + '. Nothing was sent.';
}

/** `MAIL: You sent your message to Bob.`, a line for each. */
export function sentLines(people: CharacterView[]): string {
  const lines: string[] = [];
  for (let i = 0; i < people.length; i++) lines.push('MAIL: You sent your message to ' + people[i].name + '.');
  return lines.join('\n');
}

function isHighSurrogate(code: i32): bool {
  return code >= 0xd800 && code <= 0xdbff;
}
