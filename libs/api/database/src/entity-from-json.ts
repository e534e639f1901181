import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity from a row that PostgreSQL turned into JSON (`json_agg(t)`, `row_to_json(t)`): the
 * columns by their database names, as TypeORM maps them, with `timestamptz` and `timestamp`
 * columns (text in JSON) turned back into Dates as the driver gives them. `date` columns stay
 * text, as the driver is set to give them too.
 */
export function entityFromJson<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!(column.databaseName in row)) continue;
    let value = row[column.databaseName];
    const instant =
      column.type === 'timestamptz' || column.type === 'timestamp' || column.type === Date;
    if (instant && typeof value === 'string') value = new Date(value);
    column.setEntityValue(entity, value);
  }
  return entity;
}
