import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The workspace's `@boards/*` import aliases, read from tsconfig.base.json. */
function workspaceAliases(): { find: RegExp; replacement: string }[] {
  const tsconfig = JSON.parse(readFileSync(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
  const paths: Record<string, string[]> = tsconfig.compilerOptions.paths;
  return Object.entries(paths).map(([alias, [target]]) => ({
    find: new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement: path.join(workspaceRoot, target),
  }));
}

export default defineConfig({
  plugins: [
    remix({
      // Tests sit beside the route modules they test; they are not routes.
      ignoredRouteFiles: ['**/*.spec.*'],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
  resolve: { alias: workspaceAliases() },
  css: {
    preprocessorOptions: {
      // govuk-frontend is found on the workspace's node_modules load path.
      scss: { api: 'modern-compiler', loadPaths: [path.join(workspaceRoot, 'node_modules')] },
    },
  },
  server: { fs: { allow: [workspaceRoot] } },
});
