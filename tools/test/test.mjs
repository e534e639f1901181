#!/usr/bin/env node
// `npm test`: formatting, lint, type-check, unit, integration and browser tests — all of them —
// then one closing line with the counts. Browser tests need Debian's Chromium: when it is
// missing this installs it (as root, with apt-get) or says exactly how, and never skips them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const countsDir = path.join(root, 'tmp', 'test-counts');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const started = Date.now();

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    summary();
    process.exit(result.status ?? 1);
  }
}

function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean);
  return candidates.find((candidate) => existsSync(candidate));
}

function ensureChromium() {
  let found = chromiumPath();
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      '\n✖ The browser tests need Chromium and none was found.\n' +
        '  On Debian or Ubuntu: sudo apt-get install -y chromium\n' +
        '  Elsewhere: install Chromium and set CHROMIUM_PATH to its executable.',
    );
    process.exit(1);
  }
  console.log('\n▶ Installing Debian’s chromium package for the browser tests');
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(
        '\n✖ Could not install Chromium with apt-get. Install it (apt-get install -y chromium) and run npm test again.',
      );
      process.exit(1);
    }
  }
  found = chromiumPath();
  if (!found) {
    console.error(
      '\n✖ apt-get installed chromium but no executable was found at /usr/bin/chromium. Set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  return found;
}

function summary() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const lines = [];
  if (existsSync(countsDir)) {
    for (const file of readdirSync(countsDir).sort()) {
      const counts = JSON.parse(readFileSync(path.join(countsDir, file), 'utf8'));
      lines.push(
        `  ${file.replace(/\.json$/, '').padEnd(32)} ${counts.passed} passed, ${counts.failed} failed`,
      );
      for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
    }
  }
  console.log(`\nTest counts by suite (${((Date.now() - started) / 1000).toFixed(0)} s):`);
  console.log(lines.join('\n'));
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

rmSync(countsDir, { recursive: true, force: true });
const browser = ensureChromium();
step('Formatting (prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
step('Lint, type-check and unit tests', bin('nx'), [
  'run-many',
  '-t',
  'lint',
  'typecheck',
  'test',
  '--output-style=static',
]);
step('Integration tests (real PostgreSQL)', bin('nx'), [
  'run-many',
  '-t',
  'integration',
  '--output-style=static',
]);
step(
  'Browser tests (Chromium, with and without JavaScript)',
  bin('nx'),
  ['run', 'e2e:e2e', '--output-style=static'],
  {
    CHROMIUM_PATH: browser,
  },
);
summary();
