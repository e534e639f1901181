import { readdirSync } from 'node:fs';
import path from 'node:path';
import { dataSourceOptions } from './data-source';
import { MIGRATIONS } from './migrations';

describe('dataSourceOptions', () => {
  const options = dataSourceOptions({ url: 'postgres://u@127.0.0.1:5432/db' });

  it('never synchronises the schema from entities and never migrates implicitly', () => {
    expect(options.synchronize).toBe(false);
    expect(options.migrationsRun).toBe(false);
  });

  it('registers every migration file, in timestamp order', () => {
    const files = readdirSync(path.join(__dirname, 'migrations'))
      .filter((file) => /^\d+-.+\.ts$/.test(file))
      .sort();
    const timestamps = files.map((file) => file.split('-')[0]);
    expect(MIGRATIONS.map((m) => /(\d+)$/.exec(m.name)?.[1])).toEqual(timestamps);
    expect(options.migrations).toEqual(MIGRATIONS);
  });

  it.each([
    ['all', ['query', 'error']],
    ['errors', ['error']],
    ['none', false],
  ] as const)('logs %s', (logging, expected) => {
    expect(dataSourceOptions({ url: 'postgres://u@h/db', logging }).logging).toEqual(expected);
  });
});
