#!/usr/bin/env node
// `npm run test:fuzz`: the fuzz tests at full size (`npm test` runs them small). The GraphQL API
// gets 23 generated calls per operation and caller (89 operations × 5 callers × 23 = 10,235);
// FUZZ_PER_OPERATION and FUZZ_SEED change that, and a different seed explores other inputs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = {
  ...process.env,
  FUZZ_PER_OPERATION: process.env.FUZZ_PER_OPERATION ?? '23',
  FUZZ_SEED: process.env.FUZZ_SEED ?? String(Date.now() % 1_000_000_000),
};
console.log(`Fuzzing with FUZZ_PER_OPERATION=${env.FUZZ_PER_OPERATION} FUZZ_SEED=${env.FUZZ_SEED}`);
const result = spawnSync(
  path.join(root, 'node_modules', '.bin', 'jest'),
  ['-c', 'apps/api/jest.integration.config.js', '--runInBand', 'fuzz'],
  { cwd: root, stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
