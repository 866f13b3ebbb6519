// PennMUSH's %-substitutions in what a player types: %r (a new line), %t (a tab), %b (a space),
// %n (the actor's name), %s %o %p %a (the actor's pronouns: subjective, objective, possessive,
// absolute), %# (the actor's #dbref), %% (a percent sign) and %x<code> colour (colour-codes.ts;
// text that turned colour on ends with a reset, so colour never bleeds into the next line). A
// capital letter capitalises the word (%S: "She"). Anything else after a % stays as typed, so
// "50% off" reads as written. Control characters never come out of a substitution: only %r's new
// line, %t's tab and the colour escapes made here.
import { Actor } from './command';
import { COLOUR_RESET, colourEscape } from './colour-codes';

export function substitute(text: string, actor: Actor): string {
  if (text.indexOf('%') < 0) return text;
  let out = '';
  let coloured = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char != '%' || i + 1 >= text.length) {
      out += char;
      continue;
    }
    const code = text.charAt(i + 1);
    if ((code == 'x' || code == 'X') && i + 2 < text.length) {
      const escape = colourEscape(text.charAt(i + 2));
      if (escape.length > 0) {
        out += escape;
        coloured = escape != COLOUR_RESET;
        i += 2;
        continue;
      }
    }
    const value = substitution(code.toLowerCase(), actor);
    if (value === null) {
      out += char;
      continue;
    }
    out += code != code.toLowerCase() ? capitalised(value!) : value!;
    i++;
  }
  return coloured ? out + COLOUR_RESET : out;
}

function substitution(code: string, actor: Actor): string | null {
  if (code == 'r') return '\n';
  if (code == 't') return '\t';
  if (code == 'b') return ' ';
  if (code == '%') return '%';
  if (code == 'n') return actor.name;
  if (code == '#') return '#' + actor.id.toString();
  if (code == 's') return actor.pronouns.subjective;
  if (code == 'o') return actor.pronouns.objective;
  if (code == 'p') return actor.pronouns.possessive;
  if (code == 'a') return actor.pronouns.absolute;
  return null;
}

function capitalised(word: string): string {
  return word.length == 0 ? word : word.charAt(0).toUpperCase() + word.slice(1);
}
