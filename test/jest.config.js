/**
 * One jest run, three projects: pure unit specs next to the code, API e2e on real SQLite files,
 * browser e2e in Chromium. NestJS 12 is ESM-only and jest's CJS loader cannot require(esm) on
 * Node 20, so @swc/jest also transforms the ESM packages Nest pulls in (stack-notes pitfall 4b).
 */
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  rootDir: root,
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|file-type|load-esm|uid|strtok3|token-types|peek-readable|@tokenizer|uint8array-extras)/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};

module.exports = {
  // testTimeout is a global option (jest ignores it inside a project): API and browser suites boot the
  // server and build sandboxes in their hooks, which takes seconds on a loaded 2-core machine.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/server/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
