// Colour for plugin output, the same ANSI styles the core uses. Transports keep colour for clients
// that show it and strip it for the rest, so plugins never need to know which client is reading.
const ESC = '\u001b[';
const RESET = ESC + '0m';

export class Style {
  static roomName(text: string): string {
    return ESC + '1;36m' + text + RESET;
  }

  static exit(text: string): string {
    return ESC + '32m' + text + RESET;
  }

  static character(text: string): string {
    return ESC + '1;33m' + text + RESET;
  }

  static channelTag(text: string): string {
    return ESC + '35m' + text + RESET;
  }

  static reference(text: string): string {
    return ESC + '2m' + text + RESET;
  }

  static heading(text: string): string {
    return ESC + '1m' + text + RESET;
  }
}
