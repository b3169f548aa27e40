import pino, { type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { LogFormat, LogLevel } from '../config/config';

export interface LoggerOutput {
  /** Whether a person reads the output (stdout is a terminal). */
  terminal: boolean;
  destination: DestinationStream;
}

/**
 * The process's logger: readable lines for a person at a terminal, one JSON object per line for a
 * log collector (LOG_FORMAT=auto decides by whether stdout is a terminal). Pretty output is written
 * synchronously, so the start-up banner printed after start-up stays the last thing on the screen.
 */
export function createLogger(
  options: { level: LogLevel; format: LogFormat },
  output: LoggerOutput = { terminal: !!process.stdout.isTTY, destination: pino.destination({ dest: 1, sync: true }) },
): Logger {
  const readable = options.format === 'pretty' || (options.format === 'auto' && output.terminal);
  if (!readable) return pino({ level: options.level }, output.destination);
  // Loaded only for a person's terminal: a server writing JSON never needs it (nor its dozen modules).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof PinoPretty;
  return pino(
    { level: options.level },
    pretty({
      destination: output.destination,
      sync: true,
      colorize: output.terminal,
      translateTime: 'SYS:HH:MM:ss',
      // The request line's message already says method, path, operation, status and duration.
      ignore: 'pid,hostname,req,res,responseTime,context',
    }),
  );
}
