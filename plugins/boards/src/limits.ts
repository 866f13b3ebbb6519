// How big boards and messages may grow. Kept well inside what the host answers in one table query
// (1000 rows) and one command's output (64 KiB), so every list is read whole.

/** Characters in a board name. */
export const MAX_BOARD_NAME: i32 = 30;
/** Boards in the game. */
export const MAX_BOARDS: i32 = 50;
/** Characters in a message title. */
export const MAX_TITLE: i32 = 60;
/** Characters in a message body. */
export const MAX_BODY: i32 = 8000;
/** Messages on one board. */
export const MAX_POSTS: i32 = 200;
/** Messages one +bbread shows. */
export const MAX_READ_AT_ONCE: i32 = 10;
/**
 * Bytes of messages one +bbread reads before it stops (then it says what is left to read). Each
 * body read pauses the call, which then runs again from the start and reads every answer so far
 * again; past about three long messages that would outrun a plugin's fuel.
 */
export const MAX_READ_BYTES: i32 = 24000;
/** How long +bbcleargroup waits for +bbconfirm. */
export const CONFIRM_WINDOW_MS: i64 = 60000;
