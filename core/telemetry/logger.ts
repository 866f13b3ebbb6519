// The logger type the core accepts. The server hands in Fastify's pino instance; tests hand in a
// silent one. Never log passwords or login-screen input. Lines are JSON for log collectors, or
// readable text when a person watches a terminal (HEARTH_LOG_FORMAT chooses; `auto` by default).
import { pino, type Logger } from 'pino';
import { prettyLogDestination } from './pretty-log.js';

export type { Logger };

export type LogFormat = 'json' | 'pretty' | 'auto';

export function createLogger(
  level: string = process.env['HEARTH_LOG_LEVEL'] ?? 'info',
  format: LogFormat = parseLogFormat(process.env['HEARTH_LOG_FORMAT']),
): Logger {
  const options = { level, base: { service: 'hearth' } };
  if (resolveLogFormat(format, process.stdout.isTTY === true) === 'json') return pino(options);
  return pino(options, prettyLogDestination(process.stdout, { colors: process.stdout.isTTY === true && !process.env['NO_COLOR'] }));
}

/** `auto` is readable text on a terminal and JSON anywhere else (a pipe, a file, a container log). */
export function resolveLogFormat(format: LogFormat, stdoutIsTerminal: boolean): 'json' | 'pretty' {
  if (format === 'auto') return stdoutIsTerminal ? 'pretty' : 'json';
  return format;
}

function parseLogFormat(text: string | undefined): LogFormat {
  return text === 'json' || text === 'pretty' ? text : 'auto';
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
