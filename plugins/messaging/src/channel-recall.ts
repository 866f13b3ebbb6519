// Lines of a channel's history as players read them, each stamped with when it was said.
import { unixMs } from '../../pdk';
import { stampOf } from './channel-clock';
import { ChannelLine } from './channel-lines';

/** The lines, one a row, oldest first: `[14:05] [public] Alice says, "hi"`. */
export function stampedLines(lines: ChannelLine[]): string[] {
  const now = unixMs();
  const rows: string[] = [];
  for (let i = 0; i < lines.length; i++) rows.push(stampOf(lines[i].saidMs, now) + ' ' + lines[i].text);
  return rows;
}
