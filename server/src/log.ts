import { pino, type DestinationStream } from 'pino';
import type { LogLevel } from './config.js';

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  /** A logger that adds `fields` (a request id, a board id) to every line. */
  child(fields: Record<string, unknown>): Logger;
}

/**
 * Field names that hold secrets, at the top of a line or one level down (`headers.cookie`). Nothing we
 * log today carries them; this catches the day someone logs a request's headers or a body.
 */
const SECRET_FIELDS = ['cookie', 'authorization', 'token', 'password', 'ticket', 'setupToken', 'inviteToken'];
export const REDACTED = '[redacted]';

/** Path segments and query values that are credentials: invite tokens and sync tickets. */
const SECRET_IN_PATH = /(\/api\/(?:facilitator-)?invites\/)[^/?#]+/g;
const SECRET_IN_QUERY = /([?&](?:ticket|token)=)[^&#]*/gi;

/** A request path fit for a log line: invite tokens and tickets replaced. */
export function loggablePath(path: string): string {
  return path.replace(SECRET_IN_PATH, `$1${REDACTED}`).replace(SECRET_IN_QUERY, `$1${REDACTED}`);
}

function wrap(logger: pino.Logger): Logger {
  return {
    debug: (event, fields) => logger.debug(fields ?? {}, event),
    info: (event, fields) => logger.info(fields ?? {}, event),
    warn: (event, fields) => logger.warn(fields ?? {}, event),
    error: (event, fields) => logger.error(fields ?? {}, event),
    child: (fields) => wrap(logger.child(fields)),
  };
}

/**
 * One JSON line per event (pino), on stderr unless `destination` is given: `time`, `level` as a word,
 * `event`, then the fields. Secret-named fields are redacted wherever they appear.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const logger = pino(
    {
      level,
      base: undefined,
      messageKey: 'event',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: REDACTED },
    },
    destination ?? pino.destination({ fd: 2, sync: true }),
  );
  return wrap(logger);
}
