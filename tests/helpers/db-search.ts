/** Searches every column of every table of the test database for strings (privacy tests). */
import type { TestApp } from './strapi';

export interface Hit {
  table: string;
  column: string;
  needle: string;
}

export async function searchDatabase(app: TestApp, needles: string[]): Promise<Hit[]> {
  const knex = app.strapi.db.connection;
  const postgres = app.strapi.db.dialect.client === 'postgres';
  const tables: string[] = postgres
    ? (await knex.raw("select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")).rows.map((r: any) => r.name)
    : (await knex.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")).map((r: any) => r.name);
  const hits: Hit[] = [];
  for (const table of tables) {
    const rows = await knex(table).select('*');
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value === null || value === undefined) continue;
        const text = (typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : String(value)).toLowerCase();
        for (const needle of needles) if (text.includes(needle.toLowerCase())) hits.push({ table, column, needle });
      }
    }
  }
  return hits;
}
