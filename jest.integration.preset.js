// Integration tests (*.integration-spec.ts) run against a real PostgreSQL: an embedded
// cluster started once per run, or the server in TEST_DATABASE_URL. Each test file
// creates its own database on it, so files run in parallel without sharing state.
const path = require('node:path');
const base = require('./jest.preset.js');

module.exports = {
  ...base,
  testMatch: ['<rootDir>/**/*.integration-spec.ts'],
  globalSetup: path.join(__dirname, 'libs/api/database/src/testing/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'libs/api/database/src/testing/global-teardown.ts'),
  testTimeout: 60_000,
};
