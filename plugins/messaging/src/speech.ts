// How a message reads: `:waves` is a pose ("Alice waves"), `;'s hat` a pose without the space
// ("Alice's hat"), anything else is said as typed. Pages and channel talk share these rules.
import { withoutControlCharacters } from '../../pdk';

export class Speech {
  constructor(
    public isPose: bool,
    /** The message without its pose mark or control characters. */
    public body: string,
    /** What goes between the speaker's name and a pose: a space, or nothing for `;`. */
    private gap: string,
  ) {}

  static of(typed: string): Speech {
    const message = withoutControlCharacters(typed).trimEnd();
    if (message.startsWith(':')) return new Speech(true, message.slice(1).trimStart(), ' ');
    if (message.startsWith(';')) return new Speech(true, message.slice(1), '');
    return new Speech(false, message, '');
  }

  get isEmpty(): bool {
    return this.body.trim().length == 0;
  }

  /** The pose with the speaker's name in front: `Alice waves`, `Alice's hat falls off`. */
  posedBy(name: string): string {
    return name + this.gap + this.body;
  }
}
