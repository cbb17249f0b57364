import pino, { type DestinationStream, type Logger } from 'pino';

/** Structured JSON logs; credentials and keys are redacted wherever they appear. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'newsgraph' },
    redact: {
      paths: ['password', '*.password', 'apiKey', '*.apiKey', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
