// ESLint 9 flat config. Besides the usual TypeScript hygiene it enforces the layering of src/
// (see LAYERS below) and keeps `neo4j-driver` inside src/db.
const { defineConfig, globalIgnores } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript');
const prettier = require('eslint-config-prettier');
const globals = require('globals');

const TS_FILES = ['**/*.ts', '**/*.tsx'];
const JS_FILES = ['**/*.js', '**/*.cjs'];
const TEST_FILES = ['test/**', '**/*.test.ts'];
const TS_TEST_FILES = ['test/**/*.ts', '**/*.test.ts'];

/**
 * Which other src/ folders each layer may import from (its own folder is always allowed).
 * Everything else under src/ - other layers, new folders, and the composition root
 * (src/main.ts, src/app.ts) - is off limits. The composition root itself is unrestricted.
 */
const LAYERS = {
  http: ['graphql', 'services', 'auth', 'db', 'config', 'observability', 'domain'],
  graphql: ['services', 'auth', 'config', 'observability', 'domain'],
  services: ['planning', 'scoring', 'repositories', 'config', 'domain'],
  // Pure planning (account plans, calendars, their Markdown and iCalendar renderings): numbers
  // from scoring in, dated actions and documents out; no I/O.
  planning: ['scoring', 'config', 'domain'],
  scoring: ['config', 'domain'],
  repositories: ['db', 'config', 'domain'],
  db: ['config', 'observability', 'domain'],
  auth: ['config', 'domain'],
  embedded: ['config', 'domain'],
  config: ['observability', 'domain'],
  // Cross-cutting and dependency-free: the request scope (id, deadline, cancellation) and metrics.
  observability: ['domain'],
  domain: [],
};

const layerZones = Object.entries(LAYERS).map(([layer, allowed]) => ({
  target: `src/${layer}`,
  from: ['src/**'],
  // Unlike `target`/`from`, glob exceptions are matched as given, so they must be absolute.
  except: [layer, ...allowed].map((dir) => `${__dirname}/src/${dir}/**`),
  message: `src/${layer} may only import from ${
    allowed.length ? allowed.map((dir) => `src/${dir}`).join(', ') : 'nothing else in src/'
  }.`,
}));

const restrictedPathZones = [
  ...layerZones,
  {
    target: 'seed',
    from: ['src/graphql', 'src/http', 'src/main.ts', 'src/app.ts'],
    message: 'seed/ is a separate entry point: no GraphQL/HTTP layers, no API composition root.',
  },
  {
    // The composition root (src/app.ts) may use the demo generator in seed/ to fill an empty graph.
    target: 'src/*/**',
    from: ['test', 'bench', 'seed', 'scripts'],
    message: 'Production code must not import from test/, bench/, seed/ or scripts/.',
  },
  {
    target: ['src/main.ts', 'src/app.ts'],
    from: ['test', 'bench', 'scripts'],
    message: 'Production code must not import from test/, bench/ or scripts/.',
  },
];

const NEO4J_MESSAGE = 'Only src/db/** may use neo4j-driver; go through a repository.';
const NEO4J_DRIVER_ONLY_IN_DB = [
  'error',
  {
    paths: [{ name: 'neo4j-driver', message: NEO4J_MESSAGE }],
    patterns: [{ group: ['neo4j-driver/*', 'neo4j-driver-*'], message: NEO4J_MESSAGE }],
  },
];

module.exports = defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'coverage/',
    'neo4j-launcher/',
    '.neo4j/',
    'tmp/',
    'schema.graphql',
    '**/*.d.ts',
  ]),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  // ---- TypeScript (type-aware) ---------------------------------------------------------------
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: __dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Files with decorators (type-graphql, class-validator) are skipped automatically by this rule
      // because emitDecoratorMetadata needs value imports there.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // ---- Imports / architecture ----------------------------------------------------------------
  {
    files: [...TS_FILES, ...JS_FILES],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.cjs'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${__dirname}/tsconfig.json`, alwaysTryTypes: true }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: __dirname, zones: restrictedPathZones }],
      'no-restricted-imports': NEO4J_DRIVER_ONLY_IN_DB,
    },
  },
  {
    files: ['src/db/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },

  // The web app (web/src) runs in the browser and reaches the server only through /graphql.
  {
    files: ['web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../src/*', '../../src/**'],
              message: 'The web app uses the public GraphQL API only.',
            },
          ],
        },
      ],
    },
  },

  // Logging in src/ goes through pino; entry-point scripts and tests may print.
  {
    files: ['src/**'],
    rules: { 'no-console': 'error' },
  },

  // ---- Tests ---------------------------------------------------------------------------------
  {
    files: TEST_FILES,
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      // Tests may reach into any layer (and set up data through the driver).
      'import-x/no-restricted-paths': 'off',
      'no-restricted-imports': 'off',
      'no-console': 'off',
    },
  },
  {
    files: TS_TEST_FILES,
    // jest's `expect(mock.method).toHaveBeenCalled()` is fine.
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['test/support/global-setup.ts', 'test/support/global-teardown.ts', '**/*.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },

  // ---- Plain CommonJS JavaScript (config files, jest reporter, scripts) ----------------------
  {
    files: JS_FILES,
    languageOptions: {
      sourceType: 'commonjs',
      ecmaVersion: 2023,
      globals: { ...globals.node },
    },
    rules: {
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Must stay last: turns off every stylistic rule that would fight Prettier.
  prettier,
]);
