import 'reflect-metadata';
import { loadConfig } from '../../src/config/config';
import { StartupError } from '../../src/domain/errors';
import { parseImportArgs, USAGE } from './cli-args';
import { connectForImport, type ImportConnection } from './connect-neo4j';
import { resolveFormat } from './formats/resolve-format';
import { ImportSetupError } from './import-errors';
import { formatSummary } from './pipeline/format-summary';
import { ImportMetrics } from './pipeline/import-metrics';
import { runImport } from './run-import';

/** Exit codes, for scripts and CI. */
const EXIT = { ok: 0, failed: 1, usage: 2, rejectedRows: 3, interrupted: 130 } as const;

/**
 * loadConfig validates the server's settings as a whole; the importer serves no requests, so a
 * token secret means nothing to it. A placeholder (never used to sign or verify anything) lets
 * the database settings be validated exactly as the server validates them.
 */
const UNUSED_TOKEN_SECRET = 'the-importer-serves-no-requests-and-signs-no-tokens';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let command;
  try {
    command = parseImportArgs(process.argv.slice(2));
  } catch (error) {
    fail((error as Error).message, EXIT.usage);
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { options } = command;
  const targets = command.metrics;
  const metrics =
    targets.file !== undefined || targets.pushgateway !== undefined
      ? new ImportMetrics({ tenantId: options.tenantId, ...targets })
      : undefined;
  let config;
  try {
    config = loadConfig({
      ...process.env,
      AUTH_MODE: 'jwt',
      JWT_SECRET: process.env['JWT_SECRET'] ?? UNUSED_TOKEN_SECRET,
    });
    // Fail on a bad mapping or folder before a database is started for nothing.
    await resolveFormat(options.format, options.dir, options.mappingFile);
  } catch (error) {
    fail((error as Error).message, EXIT.usage);
  }

  const controller = new AbortController();
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    process.stderr.write('\nStopping after the batch being written (Ctrl-C again to quit at once)…\n');
    controller.abort();
  });

  let connection: ImportConnection | undefined;
  try {
    connection = await connectForImport(config, (line) => process.stderr.write(`${line}\n`));
    process.stderr.write(`Importing into ${connection.where}\n`);
    metrics?.start();
    const report = await runImport(connection.db, {
      ...options,
      progress: options.progress ?? 'auto',
      signal: controller.signal,
      onReport: (live, phase) => metrics?.follow(live, phase),
    });
    const source =
      options.format === 'mapping'
        ? `mapping ${options.mappingFile ?? ''} (${options.dir})`
        : `${options.format} export ${options.dir}`;
    process.stdout.write(formatSummary(report, { tenantId: options.tenantId, source }));
    process.exitCode = report.aborted
      ? EXIT.interrupted
      : report.strictFailed
        ? EXIT.failed
        : report.rejected + report.dangling > 0
          ? EXIT.rejectedRows
          : EXIT.ok;
    await metrics?.finish(
      report.aborted
        ? 'aborted'
        : report.strictFailed
          ? 'failed'
          : process.exitCode === EXIT.ok
            ? 'ok'
            : 'rejected-rows',
    );
  } catch (error) {
    await metrics?.finish('failed');
    if (error instanceof ImportSetupError || error instanceof StartupError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error instanceof ImportSetupError ? EXIT.usage : EXIT.failed;
    } else {
      process.stderr.write(`Import failed: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = EXIT.failed;
    }
  } finally {
    await connection?.close();
  }
}

void main();
