// Copies what the browser loads from govuk-frontend into public/, from where Vite puts it into
// the client build: the assets (fonts, images, manifest) to /assets and the script to /govuk.
// Both folders are git-ignored and rebuilt from node_modules on every build.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public');
const govuk = path.join(
  path.dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')),
  'dist',
  'govuk',
);

rmSync(path.join(publicDir, 'assets'), { recursive: true, force: true });
rmSync(path.join(publicDir, 'govuk'), { recursive: true, force: true });
cpSync(path.join(govuk, 'assets'), path.join(publicDir, 'assets'), { recursive: true });
mkdirSync(path.join(publicDir, 'govuk'), { recursive: true });
for (const file of ['govuk-frontend.min.js', 'govuk-frontend.min.js.map']) {
  cpSync(path.join(govuk, file), path.join(publicDir, 'govuk', file));
}
