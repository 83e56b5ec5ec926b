// Bundles the web app (web/src, React + elkjs from node_modules) into dist/web with esbuild, so
// the server can serve it offline. Run by `npm run build`, `npm start` and `npm test`.
const { mkdirSync, copyFileSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const outdir = join(__dirname, '..', 'dist', 'web');
mkdirSync(outdir, { recursive: true });
const started = Date.now();
esbuild
  .build({
    entryPoints: [join(__dirname, 'src', 'main.tsx'), join(__dirname, 'src', 'styles.css')],
    outdir,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(__dirname, 'tsconfig.json'),
    logLevel: 'warning',
  })
  .then(() => {
    copyFileSync(join(__dirname, 'index.html'), join(outdir, 'index.html'));
    process.stdout.write(`Web app bundled into dist/web in ${Date.now() - started} ms\n`);
  })
  .catch(() => process.exit(1));
