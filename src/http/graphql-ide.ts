import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';

/** The folder of an installed package, found from its main entry (its `exports` hide the rest). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || readPackageName(dir) !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the folder of package ${name}`);
    dir = parent;
  }
  return dir;
}

function readPackageName(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name ?? '';
}

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const EXAMPLE_QUERY = `# The five largest accounts. The Docs panel (top left) lists every query and field.
query Portfolio {
  accounts(first: 5, orderBy: { field: ARR, direction: DESC }) {
    totalCount
    edges { node { id name industry segment arr } }
  }
}
`;

function page(path: string, headers: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Stakeholder intelligence API · GraphiQL</title>
  <link rel="stylesheet" href="${path}/assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${path}/assets/react.js"></script>
  <script src="${path}/assets/react-dom.js"></script>
  <script src="${path}/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(path)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
        defaultHeaders: ${JSON.stringify(headers)},
        defaultEditorToolsVisibility: true,
      }),
    );
  </script>
</body>
</html>`;
}

/**
 * GraphiQL served from the installed npm packages, so the IDE works with no internet access
 * (Apollo's default landing page loads from a CDN). Browsers asking `path` for HTML get the IDE;
 * everything else falls through to the GraphQL endpoint.
 */
export function graphqlIde(path: string, devMode: boolean): Router {
  const router = express.Router();
  const headers = devMode
    ? ''
    : JSON.stringify({ Authorization: 'Bearer <JWT with tenant and role claims>' }, null, 2);
  const html = page(path, headers);
  const files = new Map(
    Object.entries(ASSETS).map(([name, a]) => [
      name,
      { path: join(packageDir(a.pkg), a.file), type: a.type },
    ]),
  );
  router.get(`${path}/assets/:name`, (req, res) => {
    const asset = files.get(req.params.name);
    if (!asset) return void res.status(404).end();
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(asset.path);
  });
  router.get(path, (req, res, next) => {
    if (
      req.method === 'GET' &&
      req.accepts(['application/json', 'text/html']) === 'text/html' &&
      !req.query['query']
    ) {
      return void res.type('html').send(html);
    }
    next();
  });
  return router;
}
