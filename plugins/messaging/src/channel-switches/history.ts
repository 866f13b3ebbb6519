// @channel/history <name>[=<page>]: what was said on a channel, 20 lines a page, page 1 the
// newest, for its members. Lines are kept as long as the game's retention says, and pages reach
// back as far as the newest 1000 lines.
import { Actor, fail, reply } from '../../../pdk';
import { findChannel } from '../channel-access';
import { MOST_LINES_READ, linesBefore } from '../channel-lines';
import { isOnChannel } from '../channel-membership';
import { notOnChannel } from '../channel-name';
import { stampedLines } from '../channel-recall';
import { pruneExpiredLines } from '../channel-retention';
import { SwitchArguments } from '../switch-arguments';

export const PAGE_LINES = 20;
const MOST_PAGES = MOST_LINES_READ / PAGE_LINES;

export function channelHistory(actor: Actor, rest: string): i32 {
  const args = SwitchArguments.of(rest);
  const found = findChannel(actor, args.channel);
  if (!found.ok) return fail(found.error);
  const channel = found.value!;
  if (!isOnChannel(actor.id, channel.name)) return fail(notOnChannel(channel.name));
  const page = args.hasValue ? pageNumber(args.value) : 1;
  if (page < 1) return fail('Pages are numbered from 1 (the newest lines) to ' + MOST_PAGES.toString() + ': use @channel/history ' + channel.name + '=<page>.');
  pruneExpiredLines(channel);
  const lines = linesBefore(channel.name, (page - 1) * PAGE_LINES, PAGE_LINES);
  if (lines === null) return fail('The history of ' + channel.name + ' cannot be read right now; try again in a moment.');
  if (lines.lines.length == 0) {
    if (page == 1) return reply('Nothing has been said on ' + channel.name + ' yet.');
    return fail('The history of ' + channel.name + ' has no page ' + page.toString() + '; try a smaller number.');
  }
  const heading = 'History of ' + channel.name + ', page ' + page.toString() + (page == 1 ? ' (the newest lines):' : ':');
  let text = heading + '\n' + stampedLines(lines.lines).join('\n');
  if (lines.hasOlder) text += '\nOlder lines: @channel/history ' + channel.name + '=' + (page + 1).toString();
  return reply(text);
}

/** 1 to the last page, from digits only; 0 for anything else. */
function pageNumber(typed: string): i32 {
  if (typed.length == 0 || typed.length > 3) return 0;
  for (let i = 0; i < typed.length; i++) {
    const code = typed.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return 0;
  }
  const page = I32.parseInt(typed);
  return page > MOST_PAGES ? 0 : page;
}
