import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { webApp } from '../../src/http/web-app';

/** The static route on its own: what a browser and an API client get, built or not. */
async function serve(dir: string) {
  const app = express();
  app.use(webApp(dir));
  app.use((_req, res) => void res.status(418).send('fell through'));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('web app route', () => {
  const built = mkdtempSync(join(tmpdir(), 'web-app-'));
  writeFileSync(join(built, 'index.html'), '<!doctype html><title>shell</title>');
  writeFileSync(join(built, 'main.js'), 'void 0;');

  it('gives browsers the shell at / and /accounts/:id with a same-origin content policy', async () => {
    const { origin, close } = await serve(built);
    try {
      for (const path of ['/', '/accounts/acc-0005']) {
        const response = await fetch(origin + path, { headers: { accept: 'text/html' } });
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('shell');
        expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      }
      expect((await fetch(`${origin}/app/main.js`)).status).toBe(200);
      expect((await fetch(`${origin}/app/nothing.js`)).status).toBe(404);
      // Not a browser asking for a page, or a deeper path: the route steps aside.
      expect(
        (await fetch(`${origin}/accounts/acc-0005`, { headers: { accept: 'application/json' } })).status,
      ).toBe(418);
      expect(
        (await fetch(`${origin}/accounts/acc-0005/account-plan.md`, { headers: { accept: 'text/html' } }))
          .status,
      ).toBe(418);
    } finally {
      await close();
    }
  });

  it('says how to build the app when it has not been built', async () => {
    const { origin, close } = await serve(join(built, 'missing'));
    try {
      const response = await fetch(`${origin}/`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      await close();
    }
  });
});
