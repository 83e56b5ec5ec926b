import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * What the benchmarks' entry points (bench/analytics/bench-analytics.ts, bench/import/bench-import.ts)
 * share: their command line and how they print.
 */

/** Prints one line of the report (an empty line without one). */
export const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * The command line parsed strictly against the benchmark's options; with -h or --help, prints the
 * usage and exits.
 */
export function parseBenchArgs<const O extends Options>(args: string[], options: O, usage: string) {
  const { values } = parseArgs({ args, options: { ...options, ...HELP }, strict: true });
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return values;
}

/** The value of a whole-number option (`--name`) of at least 1. */
export function wholeOption(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return n;
}
