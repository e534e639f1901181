import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The browser tests start the whole portal (embedded PostgreSQL with fresh demo data, API and
// web app) on ports of their own, so they never meet a portal a developer has running.
const ROOT = path.resolve(__dirname, '..');
const PORT = Number(process.env['E2E_PORT'] ?? 3100);
const API_PORT = Number(process.env['E2E_API_PORT'] ?? 3433);
const PG_PORT = Number(process.env['E2E_PG_PORT'] ?? 54339);
// E2E_DATA_DIR lets two runs on one machine (with their own ports) keep apart.
const DATA_DIR = process.env['E2E_DATA_DIR'] ?? path.join(ROOT, 'tmp', 'e2e-data');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: `${DATA_DIR}-results`,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Generous: a busy two-core machine runs two browsers, the API, the web app and PostgreSQL.
  timeout: 60_000,
  reporter: [['list'], [path.join(__dirname, 'src', 'support', 'count-reporter.ts')]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'javascript', use: { javaScriptEnabled: true } },
    { name: 'no-javascript', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: `rm -rf "${DATA_DIR}" && node -r ./tools/swc-register.js tools/start/start.ts`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      PORT: String(PORT),
      API_PORT: String(API_PORT),
      EMBEDDED_PG_PORT: String(PG_PORT),
      DATA_DIR,
      DATABASE_URL: '',
      // The demo accounts sign in with their password alone (no authenticator app).
      DEMO_MODE: 'true',
      REQUIRE_STAFF_TOTP: 'false',
      // Members are told of a change at once (not after the usual two minutes), and the outbox
      // is sent every second, so that tests read the emails soon after.
      NOTICE_CHANGE_DELAY_SECONDS: '0',
      NOTICE_PAPERS_DIGEST_MINUTES: '0',
      OUTBOX_INTERVAL_SECONDS: '1',
    },
  },
});
