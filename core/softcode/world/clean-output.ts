// What code prints, made safe for a terminal: newlines, tabs and colour (SGR escapes, ended with a
// reset) stay; every other control character and escape goes.
import { keepOnlyColour } from '../../sessions/text-style.js';
import { withColourEnded } from '../colour-codes.js';

export function cleanOutput(text: string): string {
  const coloured = keepOnlyColour(text.replace(/\r\n?/g, '\n'));
  return withColourEnded(coloured.replace(/[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f]/g, ''));
}
