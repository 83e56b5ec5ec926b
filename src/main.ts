import 'reflect-metadata';
import { startApp, type RunningApp } from './app';
import { loadConfigFromEnvironment } from './config/config';
import { createLogger } from './config/logger';
import { StartupError } from './domain/errors';

/** `npm start`: the server, on the embedded Neo4j unless NEO4J_URI points elsewhere. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfigFromEnvironment();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  let app: RunningApp | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping the server${config.embedded ? ' and the embedded Neo4j' : ''}…`);
    // A supervisor waits ~10 s before SIGKILL: whatever has not stopped by then is cut short.
    setTimeout(() => {
      logger.error('Not stopped within 9 s: exiting now');
      process.exit(1);
    }, 9_000).unref();
    void (app?.stop() ?? Promise.resolve()).then(() => {
      logger.info('Stopped cleanly');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  try {
    app = await startApp(config, logger);
  } catch (error) {
    if (error instanceof StartupError) {
      logger.fatal(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  if (stopping) return void (await app.stop());
  if (config.authMode === 'dev') {
    logger.warn(
      `Development mode: requests without a token are served as tenant '${config.demoTenant}' (admin). Set JWT_SECRET and AUTH_MODE=jwt for anything shared.`,
    );
  }
  logger.info(
    `GraphQL ready at ${app.url} (GraphiQL in a browser) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

void main();
