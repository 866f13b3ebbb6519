// Player text repeated back in a message: control characters out and cut short, so a hostile or
// mistyped 5000-character board name does not flood the screen of the player who typed it.
import { shortened, withoutControlCharacters } from '../../pdk';

const MAX_SHOWN = 40;

export function shown(text: string): string {
  return shortened(withoutControlCharacters(text), MAX_SHOWN);
}
