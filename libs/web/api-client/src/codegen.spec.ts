import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const libRoot = path.join(__dirname, '..');
const codegenBin = path.join(
  path.dirname(require.resolve('@graphql-codegen/cli/package.json')),
  'esm/bin.js',
);
const committedDir = path.join(__dirname, 'generated');

function readDir(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );
}

/**
 * `src/generated` is committed. This runs the same generator and configuration as
 * `nx run web-api-client:codegen` into a temporary folder and fails when the committed files
 * differ, so a change to `apps/api/schema.gql` or to `src/operations` cannot go unnoticed: run
 * `npm run codegen` and commit the result.
 */
describe('src/generated', () => {
  let freshDir: string;

  beforeAll(() => {
    freshDir = mkdtempSync(path.join(tmpdir(), 'web-api-client-codegen-'));
  });

  afterAll(() => {
    rmSync(freshDir, { recursive: true, force: true });
  });

  it('matches what codegen generates from schema.gql and the operations', () => {
    execFileSync(process.execPath, [codegenBin, '--config', 'codegen.ts', '--silent'], {
      cwd: libRoot,
      env: { ...process.env, CODEGEN_OUTPUT_DIR: freshDir },
      stdio: 'pipe',
    });

    const fresh = readDir(freshDir);
    const committed = readDir(committedDir);
    expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort());
    for (const [file, content] of Object.entries(fresh)) {
      expect({ file, content: committed[file] }).toEqual({ file, content });
    }
  }, 60_000);
});
