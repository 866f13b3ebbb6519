// log: a plugin writes to the server log under its own name, rate limited so a chatty or hostile
// plugin cannot flood it. Lines past the limit are dropped and counted.
import { z } from 'zod';
import { defineHostFunction } from './host-function.js';

const MAX_LOG_CHARACTERS = 2000;

export const log = defineHostFunction({
  name: 'log',
  input: z.object({ level: z.enum(['debug', 'info', 'warn', 'error']).default('info'), message: z.string() }),
  run({ input, binding }) {
    if (!binding.rates.logs.tryTake()) return { logged: false };
    const message = input.message.length > MAX_LOG_CHARACTERS ? `${input.message.slice(0, MAX_LOG_CHARACTERS)}…` : input.message;
    binding.services.logger[input.level]({ plugin: binding.plugin }, message);
    return { logged: true };
  },
});
