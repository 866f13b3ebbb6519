// The logger type the core accepts. The server hands in Fastify's pino instance; tests hand in a
// silent one. Never log passwords or login-screen input.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env['HEARTH_LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ level, base: { service: 'hearth' } });
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
