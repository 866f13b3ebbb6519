// Showing messages and marking them read, for +bbread <board>/<list> and +bbnext. Messages are
// read until about 24 KB of them are in hand (see MAX_READ_BYTES); only those shown are marked
// read, and the player is told how to read the rest.
import { fail, reply } from '../../pdk';
import { Board } from './boards-table';
import { MAX_READ_BYTES } from './limits';
import { POSTS_UNREADABLE } from './post-lookup';
import { FetchedPost, Post, bodyOf, postById } from './posts-table';
import { ReadState } from './read-state';
import { messageView } from './views/message';

/** `note`, when not '', ends the answer. */
export function readMessages(state: ReadState, board: Board, ids: i64[], note: string = ''): i32 {
  const views: string[] = [];
  const shown: i64[] = [];
  let bytes = 0;
  for (let i = 0; i < ids.length && bytes < MAX_READ_BYTES; i++) {
    const fetched = postById(board, ids[i]);
    if (fetched.error.length > 0 || fetched.post === null) return fail(POSTS_UNREADABLE);
    const post = fetched.post!;
    const body = bodyOf(post);
    if (body === null) return fail(POSTS_UNREADABLE);
    const original = answered(post);
    if (original !== null && original.error.length > 0) return fail(POSTS_UNREADABLE);
    const view = messageView(post, original === null ? null : original.post, body);
    bytes += String.UTF8.byteLength(view) + 1;
    views.push(view);
    shown.push(post.id);
  }
  const marked = state.markRead(board, shown);
  if (marked.length > 0) return fail(marked);
  if (shown.length < ids.length) views.push(notShown(board, ids.slice(shown.length)));
  if (note.length > 0) views.push(note);
  return reply(views.join('\n'));
}

/** The message `post` answers, read by id (its `post` null when since removed); null when it answers none. */
function answered(post: Post): FetchedPost | null {
  return post.replyTo == 0 ? null : postById(post.board, post.replyTo);
}

function notShown(board: Board, rest: i64[]): string {
  const references: string[] = [];
  for (let i = 0; i < rest.length; i++) references.push(board.referenceOf(rest[i]));
  return 'That is as much as one +bbread shows; read the rest with +bbread ' + references.join(', ') + '.';
}
