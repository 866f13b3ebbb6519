// Messages, kept in this plugin's `posts` table (title, author, dates) and `post_bodies` (the
// text), so that listing a board reads only the short rows. A message's number is its place in
// its board's list of messages, oldest first, as +bb boards number them: removing one moves the
// later ones up. Every change here keeps that list (in the board's row) in step.
import { Actor, JSON, JsonWriter, dbDelete, dbInsert, dbQuery, dbUpdate, intOf, strOf } from '../../pdk';
import { Board } from './boards-table';
import { storePostIndex } from './post-index';
import { MAX_POSTS } from './limits';

const POSTS = 'posts';
const BODIES = 'post_bodies';

export class Post {
  constructor(
    public id: i64,
    public board: Board,
    public author: i64,
    public authorName: string,
    public title: string,
    public postedMs: i64,
    /** 0 when never edited. */
    public editedMs: i64,
    /** The id of the message this one answers; 0 when none. */
    public replyTo: i64,
  ) {}

  static read(row: JSON.Obj, board: Board): Post {
    return new Post(
      intOf(row, 'row_id'),
      board,
      intOf(row, 'author'),
      strOf(row, 'author_name'),
      strOf(row, 'title'),
      intOf(row, 'posted_ms'),
      intOf(row, 'edited_ms'),
      intOf(row, 'reply_to'),
    );
  }

  /** Its place on the board, from 1. */
  get number(): i32 {
    return this.board.numberOf(this.id);
  }

  /** `1/3`: board number and message number, as players type them. */
  get reference(): string {
    return this.board.referenceOf(this.id);
  }
}

/** The board's messages, oldest first, or null when the table could not be read. */
export function postsOf(board: Board): Post[] | null {
  const answer = dbQuery(POSTS, new JsonWriter().int('board', board.id).end(), 'row_id', MAX_POSTS + 1);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const posts: Post[] = [];
  for (let i = 0; i < rows.length; i++) posts.push(Post.read(rows[i], board));
  return posts;
}

/** A message read by id: `post` null with no `error` when there is no such message (any more). */
export class FetchedPost {
  constructor(
    public post: Post | null,
    public error: string,
  ) {}
}

export function postById(board: Board, id: i64): FetchedPost {
  const answer = dbQuery(POSTS, new JsonWriter().int('row_id', id).end(), '', 1);
  if (!answer.ok) return new FetchedPost(null, answer.errorMessage);
  const rows = answer.objects('rows');
  return new FetchedPost(rows.length == 0 ? null : Post.read(rows[0], board), '');
}

/** The new message's id, or the error. */
export class Posted {
  constructor(
    public id: i64,
    public error: string,
  ) {}
}

/** Adds a message and its body, last on the board; `replyTo` 0 when it answers none. */
export function insertPost(board: Board, author: Actor, title: string, body: string, nowMs: i64, replyTo: i64): Posted {
  const values = new JsonWriter()
    .int('board', board.id)
    .int('author', author.id)
    .str('author_name', author.name)
    .str('title', title)
    .int('posted_ms', nowMs);
  if (replyTo > 0) values.int('reply_to', replyTo);
  const inserted = dbInsert(POSTS, values.end());
  if (!inserted.ok) return new Posted(0, inserted.errorMessage);
  const rows = inserted.objects('rows');
  if (rows.length == 0) return new Posted(0, 'The message was not stored; try again.');
  const id = intOf(rows[0], 'row_id');
  const stored = dbInsert(BODIES, new JsonWriter().int('post', id).int('board', board.id).str('body', body).end());
  if (!stored.ok) return new Posted(0, stored.errorMessage);
  board.postIds.push(id);
  board.lastPostMs = nowMs;
  const indexed = storePostIndex(board);
  return new Posted(indexed.length > 0 ? 0 : id, indexed);
}

/** The message's body, or null when it could not be read. */
export function bodyOf(post: Post): string | null {
  const answer = dbQuery(BODIES, wherePost(post), '', 1);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  return rows.length == 0 ? '' : strOf(rows[0], 'body');
}

/** Replaces the body and records when. '' when done, else the error. */
export function editPost(post: Post, body: string, nowMs: i64): string {
  const changed = dbUpdate(BODIES, wherePost(post), new JsonWriter().str('body', body).end());
  if (!changed.ok) return changed.errorMessage;
  const dated = dbUpdate(POSTS, new JsonWriter().int('row_id', post.id).end(), new JsonWriter().int('edited_ms', nowMs).end());
  return dated.ok ? '' : dated.errorMessage;
}

/** Removes a message and its body. '' when done, else the error. */
export function deletePost(post: Post): string {
  const body = dbDelete(BODIES, wherePost(post));
  if (!body.ok) return body.errorMessage;
  const row = dbDelete(POSTS, new JsonWriter().int('row_id', post.id).end());
  if (!row.ok) return row.errorMessage;
  const board = post.board;
  const index = board.postIds.indexOf(post.id);
  if (index >= 0) board.postIds.splice(index, 1);
  if (index == board.postIds.length) {
    // It was the newest: the board's last post is now the one before it, if any.
    board.lastPostMs = 0;
    if (board.postIds.length > 0) {
      const previous = postById(board, board.postIds[board.postIds.length - 1]);
      if (previous.error.length > 0) return previous.error;
      if (previous.post !== null) board.lastPostMs = previous.post!.postedMs;
    }
  }
  return storePostIndex(board);
}

/** Removes every message of a board. '' when done, else the error. */
export function deletePostsOf(board: Board): string {
  const where = new JsonWriter().int('board', board.id).end();
  const bodies = dbDelete(BODIES, where);
  if (!bodies.ok) return bodies.errorMessage;
  const rows = dbDelete(POSTS, where);
  return rows.ok ? '' : rows.errorMessage;
}

function wherePost(post: Post): string {
  return new JsonWriter().int('post', post.id).end();
}
