import { parseImportArgs } from './cli-args';

describe('parseImportArgs', () => {
  it('reads the documented flags', () => {
    expect(
      parseImportArgs([
        '--tenant',
        'nw',
        '--format',
        'mapping',
        '--dir',
        'test/fixtures/public-data/northwind',
        '--mapping',
        'seed/mappings/northwind.json',
        '--strict',
        '--batch-size',
        '500',
      ]),
    ).toEqual({
      help: false,
      options: {
        tenantId: 'nw',
        format: 'mapping',
        dir: 'test/fixtures/public-data/northwind',
        mappingFile: 'seed/mappings/northwind.json',
        strict: true,
        dryRun: false,
        batchSize: 500,
        rejectsFile: undefined,
        progress: 'auto',
      },
      metrics: { file: undefined, pushgateway: undefined },
    });
  });

  it('reads where import metrics go', () => {
    const command = parseImportArgs([
      ...['--tenant', 't', '--format', 'hubspot', '--dir', 'd'],
      ...['--metrics-file', '/var/lib/node_exporter/import.prom', '--pushgateway', 'http://localhost:9091'],
    ]);
    expect(command).toMatchObject({
      metrics: { file: '/var/lib/node_exporter/import.prom', pushgateway: 'http://localhost:9091' },
    });
    expect(() =>
      parseImportArgs(['--tenant', 't', '--format', 'hubspot', '--dir', 'd', '--pushgateway', 'localhost']),
    ).toThrow("--pushgateway 'localhost': an http(s) URL");
  });

  it('names every missing or bad flag at once', () => {
    expect(() =>
      parseImportArgs(['--tenant', 'no spaces!', '--format', 'excel', '--batch-size', '0']),
    ).toThrow(
      /--tenant 'no spaces!'.*\n--format 'excel': one of salesforce, hubspot, mapping\n--dir is required\n--batch-size '0'/s,
    );
    expect(() => parseImportArgs(['--tenant', 't', '--format', 'mapping', '--dir', 'd'])).toThrow(
      '--format mapping needs --mapping <file>',
    );
    expect(() => parseImportArgs(['--tennant', 't'])).toThrow("Unknown option '--tennant'");
  });

  it('answers --help', () => {
    expect(parseImportArgs(['--help'])).toEqual({ help: true });
  });
});
