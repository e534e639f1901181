#!/usr/bin/env node
// `npm run test:fuzz`: the fuzz tests at full size (`npm test` runs them small).
// - GraphQL API: 23 generated calls per operation and caller (96 operations × 5 callers × 23 =
//   11,040), FUZZ_PER_OPERATION to change it.
// - Web app: 17 generated GETs and form posts per route and caller, with the GETs that read each
//   page's forms (83 routes: 8,517 requests at 14, so about 10,300 at 17), WEB_FUZZ_PER_ROUTE to
//   change it.
// FUZZ_SEED repeats a run; a new seed (the default) explores other inputs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = {
  ...process.env,
  FUZZ_PER_OPERATION: process.env.FUZZ_PER_OPERATION ?? '23',
  WEB_FUZZ_PER_ROUTE: process.env.WEB_FUZZ_PER_ROUTE ?? '17',
  FUZZ_SEED: process.env.FUZZ_SEED ?? String(Date.now() % 1_000_000_000),
};
console.log(
  `Fuzzing with FUZZ_PER_OPERATION=${env.FUZZ_PER_OPERATION} WEB_FUZZ_PER_ROUTE=${env.WEB_FUZZ_PER_ROUTE} FUZZ_SEED=${env.FUZZ_SEED}`,
);
const jest = path.join(root, 'node_modules', '.bin', 'jest');
let status = 0;
for (const [config, pattern] of [
  ['apps/api/jest.integration.config.js', 'graphql-fuzz'],
  ['tools/jest.integration.config.js', 'web-fuzz'],
]) {
  const result = spawnSync(jest, ['-c', config, '--runInBand', pattern], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  status ||= result.status ?? 1;
}
process.exit(status);
