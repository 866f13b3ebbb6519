// Checks an `Authorization: Bearer <token>` header against the admin token: both are hashed with
// SHA-256 and compared in constant time, so neither the token nor its length leaks through timing.
import { createHash, timingSafeEqual } from 'node:crypto';

export type BearerCheck = (authorization: string | undefined) => boolean;

/** A check that accepts only `token`; with no token (null), it accepts nothing. */
export function bearerTokenCheck(token: string | null): BearerCheck {
  if (token === null) return () => false;
  const expected = digest(token);
  return (authorization) => {
    const offered = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    return offered !== undefined && timingSafeEqual(digest(offered), expected);
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
