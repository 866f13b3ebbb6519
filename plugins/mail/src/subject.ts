// Splitting `[<subject>/]<message>` as PennMUSH does: the subject ends at the first / within its
// first 60 characters, and // stands for a / in the subject. Without such a /, the whole text is
// the message and its start, up to 60 characters, is the subject. Only the start of the text is
// looked at; the message is measured and cleaned once, by MessageText.
import { withoutControlCharacters } from '../../pdk';
import { SUBJECT_LENGTH } from './limits';

export const NO_SUBJECT = '(no subject)';

export class SplitText {
  constructor(
    public subject: string,
    /** Whether the player wrote a subject (a reply keeps the original's otherwise). */
    public given: bool,
    public message: string,
  ) {}
}

export function splitSubject(typed: string): SplitText {
  let subject = '';
  let units = 0;
  let i = 0;
  while (i < typed.length && units < SUBJECT_LENGTH) {
    const c = typed.charAt(i);
    if (c == '/') {
      if (i + 1 < typed.length && typed.charAt(i + 1) == '/') {
        subject += '/';
        i += 2;
        units++;
        continue;
      }
      return new SplitText(subjectOrNone(subject), true, typed.slice(i + 1).trim());
    }
    subject += c;
    i++;
    units++;
  }
  return new SplitText(subjectOrNone(withoutBrokenEnd(subject)), false, typed);
}

/** `subject` cut to 60 characters (a reply's "Re: " can push it over). */
export function fitSubject(subject: string): string {
  if (subject.length <= SUBJECT_LENGTH) return subject;
  return withoutBrokenEnd(subject.slice(0, SUBJECT_LENGTH));
}

/** `Re: <subject>` or `Fwd: <subject>`, unless it already starts so. */
export function prefixedSubject(prefix: string, subject: string): string {
  if (subject.startsWith(prefix)) return subject;
  return fitSubject(prefix + ' ' + subject);
}

function subjectOrNone(subject: string): string {
  const trimmed = withoutControlCharacters(subject).trim();
  return trimmed.length == 0 ? NO_SUBJECT : trimmed;
}

// A subject cut inside an emoji would end in half of it.
function withoutBrokenEnd(text: string): string {
  if (text.length == 0) return text;
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, text.length - 1) : text;
}
