// The plugin bench/plugin-call.ts measures: the same small piece of work (read a command, build a
// say event's text) with 0, 1, 3 or 100 host-function round trips.
import { Command, JsonWriter, queryLocation, reply } from '../../../../plugins/pdk';

function work(): i32 {
  const command = Command.read();
  const text = command.actor.name + ' says, "' + command.arg('message') + '"';
  return reply(new JsonWriter().str('text', text).end());
}

export function zero_calls(): i32 {
  return work();
}

export function one_call(): i32 {
  queryLocation();
  return work();
}

export function three_calls(): i32 {
  queryLocation();
  queryLocation();
  queryLocation();
  return work();
}

/** A chatty handler: 100 round trips in one call, where a slow wake-up shows a hundredfold. */
export function hundred_calls(): i32 {
  for (let i = 0; i < 100; i++) queryLocation();
  return work();
}
