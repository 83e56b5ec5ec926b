import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import { PROJECT_ROOT } from '../config/paths';

/** Where `npm run build:web` writes the bundled web app (esbuild, from web/). */
export const WEB_APP_DIR = join(PROJECT_ROOT, 'dist', 'web');

/**
 * The page shell holds no data: everything on screen comes from /graphql, which authenticates each
 * request (development mode: no token; JWT mode: the app asks for a token and sends it as a bearer).
 * Only same-origin scripts, styles and calls: the bundle is built from npm packages, nothing from a CDN.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The web app: the portfolio at `/`, an account's stakeholder map at `/accounts/:accountId`. */
export function webApp(dir: string = WEB_APP_DIR): Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
  router.use('/app', express.static(dir, { index: false, maxAge: '1h', fallthrough: false }));
  const page: express.RequestHandler = (req, res, next) => {
    if (req.accepts(['text/html', 'application/json']) !== 'text/html') return next();
    if (!existsSync(index)) {
      return void res
        .status(503)
        .type('text')
        .send('The web app is not built: run `npm run build` (or `npm start`).');
    }
    res
      .set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
      .set('Cache-Control', 'no-cache')
      .sendFile(index);
  };
  router.get('/', page);
  router.get('/accounts/:accountId', page);
  return router;
}
