// random and clock: dice and the time of day. A plugin has no randomness or clock of its own (a
// rerun after a pause must retrace its steps), so it asks the host; the call's journal keeps the
// answers, and a rerun gets the same ones. No capability: neither reveals anything about players.
import { z } from 'zod';
import { HearthError } from '../../errors.js';
import { SYSTEM_CLOCK } from '../plugin-clock.js';
import { MAX_RANDOM_SPAN, SYSTEM_RANDOM } from '../random-source.js';
import { defineHostFunction } from './host-function.js';

export const MAX_RANDOM_COUNT = 100;

const whole = z.number().int().refine(Number.isSafeInteger, 'must be a whole number between -(2^53 - 1) and 2^53 - 1');

export const random = defineHostFunction({
  name: 'random',
  input: z.object({ min: whole, max: whole, count: z.number().int().min(1).max(MAX_RANDOM_COUNT).default(1) }).strict(),
  run({ input, binding }) {
    const span = input.max - input.min + 1;
    if (span < 1) throw new HearthError('E_HOST_CALL_INVALID', `random: min (${input.min}) must not be above max (${input.max}).`);
    if (span > MAX_RANDOM_SPAN) throw new HearthError('E_HOST_CALL_INVALID', `random: from min to max spans more than 2^48 values.`);
    const source = binding.services.random ?? SYSTEM_RANDOM;
    const values: number[] = [];
    for (let index = 0; index < input.count; index++) values.push(input.min + source.below(span));
    return { values };
  },
});

export const clock = defineHostFunction({
  name: 'clock',
  input: z.object({}).strict(),
  run({ binding }) {
    const source = binding.services.clock ?? SYSTEM_CLOCK;
    return { unix_ms: source.unixMs(), monotonic_ms: source.monotonicMs() };
  },
});
