// Event ids are ULIDs from one monotonic factory, so ids made later in this process always sort
// after earlier ones, even within the same millisecond. Delivery order relies on this.
import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

export function newEventId(now: number = Date.now()): string {
  return nextUlid(now);
}
