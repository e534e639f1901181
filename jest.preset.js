// Shared jest settings: SWC transform (with decorator metadata for NestJS) and the
// workspace path aliases from tsconfig.base.json.
const path = require('node:path');
const fs = require('node:fs');

const root = __dirname;
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const { compilerOptions } = JSON.parse(
  fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'),
);

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/.]/g, (c) => `\\${c}`)}$`] = path.join(root, target);
}

module.exports = {
  // Jest's own report, plus a counts file per project for the summary that `npm test` prints.
  reporters: ['default', path.join(root, 'tools/test/count-reporter.js')],
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // Jest (before Node 24) cannot require an ES module: the few packages published only as ES
  // modules are compiled to CommonJS with the code. (The API itself runs them as they are.)
  transformIgnorePatterns: ['/node_modules/(?!(feed)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.spec.tsx'],
  setupFiles: [path.join(root, 'tools/test/reflect-metadata.js')],
};
