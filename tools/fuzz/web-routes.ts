import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The web app's routes, read from the file names in apps/web/app/routes (Remix's flat routes):
 * `secretariat.bodies.$slug.members.$id.end.tsx` is `/secretariat/bodies/:slug/members/:id/end`.
 */
export interface WebRoute {
  file: string;
  /** Path segments: text, or a parameter (`:slug`, `:id`…, `*` for a splat). */
  segments: string[];
}

export function webRoutes(routesDir: string): WebRoute[] {
  return readdirSync(routesDir)
    .filter((file) => /\.(tsx?|mts)$/.test(file) && !/\.spec\.tsx?$/.test(file))
    .map((file) => {
      const name = file.replace(/\.(tsx?|mts)$/, '');
      // `[.]` escapes a dot inside a segment (template.csv).
      const parts = name.replaceAll('[.]', '\u0001').split('.');
      const segments = parts
        .map((part) => part.replaceAll('\u0001', '.'))
        .filter((part) => part !== '_index' && !part.startsWith('__'))
        .map((part) => part.replace(/_$/, ''))
        .map((part) => (part === '$' ? '*' : part.startsWith('$') ? `:${part.slice(1)}` : part));
      return { file: path.join(routesDir, file), segments };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The kind of id a parameter takes, from its name and the segment before it. */
export function parameterKind(route: WebRoute, index: number): string {
  const name = route.segments[index]?.slice(1) ?? '';
  const before = route.segments[index - 1] ?? '';
  if (name === 'slug') return 'slug';
  if (name === 'itemId') return 'agendaItem';
  if (name === 'paperId') return 'paper';
  if (name === 'number') return 'number';
  if (name === 'file') return 'openDataFile';
  if (name === 'key' || name === 'topic') return name;
  if (name === 'id') {
    const byPlace: Record<string, string> = {
      meetings: 'meeting',
      papers: 'paper',
      people: 'person',
      members: 'membership',
      imports: 'import',
      rules: 'rule',
    };
    return byPlace[before] ?? 'any';
  }
  return 'any';
}
