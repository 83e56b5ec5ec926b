import { parseCliArgs, UsageError } from './cli';

describe('generate:portfolio arguments', () => {
  it('reads the options, with the seed and as-of date defaulted', () => {
    expect(parseCliArgs(['--accounts', '10000', '--out', '/tmp/p'], '2026-11-22')).toEqual({
      accounts: 10000,
      seed: 42,
      asOf: '2026-11-22',
      out: '/tmp/p',
    });
    expect(
      parseCliArgs(['--accounts', '3', '--seed', '7', '--as-of', '2025-06-30', '--out', '/x'], '2026-11-22'),
    ).toMatchObject({ seed: 7, asOf: '2025-06-30' });
  });

  it('says what is wrong with a bad command line', () => {
    const fails = (args: string[]) => () => parseCliArgs(args, '2026-11-22');
    expect(fails(['--out', '/x'])).toThrow(new UsageError('--accounts must be a whole number of at least 1'));
    expect(fails(['--accounts', '2.5', '--out', '/x'])).toThrow('--accounts must be a whole number');
    expect(fails(['--accounts', '3'])).toThrow('--out <folder> is required');
    expect(fails(['--accounts', '3', '--out', '/x', '--as-of', '2026-02-30'])).toThrow(
      '--as-of must be a date',
    );
    expect(fails(['--accounts', '3', '--out', '/x', '--colour'])).toThrow(UsageError);
  });
});
