import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPORT_JOB, ImportMetrics } from '../../seed/import/pipeline/import-metrics';
import { connectTestGraph, testTenant, type TestGraph } from '../support/graph';
import { copyOf, FIXTURES, importFiles } from '../import/import-test-kit';
import { sample } from './hardening-kit';

jest.setTimeout(300_000);

interface Pushed {
  method: string;
  url: string;
  body: string;
}

/** A stand-in Pushgateway: records what is pushed to it, answers 200 like the real one. */
async function fakePushgateway(): Promise<{ server: Server; url: string; pushed: Pushed[] }> {
  const pushed: Pushed[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      pushed.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, pushed };
}

describe('import progress as Prometheus metrics', () => {
  let graph: TestGraph;
  beforeAll(() => {
    graph = connectTestGraph('import-metrics');
  });
  afterAll(() => graph.close());

  it('writes rows read, records by kind and outcome, and the duration to a textfile and a Pushgateway', async () => {
    const tenantId = testTenant('metrics');
    const file = join(mkdtempSync(join(tmpdir(), 'import-metrics-')), 'import.prom');
    const gateway = await fakePushgateway();
    try {
      const metrics = new ImportMetrics({ tenantId, file, pushgateway: gateway.url, everyMs: 50 });
      metrics.start();
      const { report } = await importFiles(graph.db, {
        dir: copyOf(join(FIXTURES, 'hubspot')),
        format: 'hubspot',
        tenantId,
        onReport: (live, phase) => metrics.follow(live, phase),
      });
      const outcome = report.rejected + report.dangling > 0 ? 'rejected-rows' : 'ok';
      await metrics.finish(outcome);

      const text = readFileSync(file, 'utf8');
      const labels = { tenant: tenantId, phase: 'write' };
      expect(sample(text, 'import_rows_read', labels)).toBe(report.rowsRead);
      expect(report.rowsRead).toBeGreaterThan(0);
      expect(sample(text, 'import_records', { ...labels, kind: 'accounts', outcome: 'created' })).toBe(3);
      expect(sample(text, 'import_rows_rejected', labels)).toBe(report.rejected);
      expect(sample(text, 'import_duration_seconds')).toBeGreaterThan(0);
      expect(sample(text, 'import_running')).toBe(0);
      expect(sample(text, 'import_finished_timestamp_seconds', { outcome })).toBeGreaterThan(0);
      expect(sample(text, 'import_dangling_references', labels)).toBe(report.dangling);

      // The gateway got the same figures, PUT under the job and the tenant; the last push is final.
      const last = gateway.pushed.at(-1);
      expect(last).toMatchObject({ method: 'PUT', url: `/metrics/job/${IMPORT_JOB}/tenant/${tenantId}` });
      expect(sample(last?.body ?? '', 'import_rows_read', labels)).toBe(report.rowsRead);
      expect(sample(last?.body ?? '', 'import_running')).toBe(0);
      // Pushed while running too, not only at the end.
      expect(gateway.pushed.length).toBeGreaterThan(1);
      expect(sample(gateway.pushed[0]?.body ?? '', 'import_running')).toBe(1);
    } finally {
      gateway.server.close();
    }
  });

  it('never stops an import when the metrics cannot be published', async () => {
    const metrics = new ImportMetrics({
      tenantId: testTenant('metrics-down'),
      file: join(tmpdir(), 'no-such-folder-for-import-metrics', 'import.prom'),
    });
    const written = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(metrics.finish('ok')).resolves.toBeUndefined();
      expect(written).toHaveBeenCalledWith(expect.stringMatching(/^Import metrics not published/));
    } finally {
      written.mockRestore();
    }
  });
});
