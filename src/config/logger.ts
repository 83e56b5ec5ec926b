import pino, { type Logger } from 'pino';
import { currentScope } from '../observability/request-scope';

/** JSON logs for machines; readable lines when a person is watching a terminal. */
export function createLogger(level: string, pretty = process.stdout.isTTY): Logger {
  return pino({
    level,
    base: undefined,
    // Every line written while serving a request carries that request's id.
    mixin: () => {
      const scope = currentScope();
      return scope === undefined ? {} : { reqId: scope.id };
    },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { ignore: 'pid,hostname', translateTime: 'HH:MM:ss' },
          },
        }
      : {}),
  });
}

export type { Logger };
