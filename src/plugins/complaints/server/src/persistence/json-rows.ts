/**
 * Many rows as one JSON value for PostgreSQL's json_populate_recordset: one bound value instead of one
 * per column and row. A statement with thousands of parameters costs PostgreSQL more to parse and plan,
 * and the driver more to send, than the rows cost to store (the deadline sweep's reminders: half the time
 * of each INSERT).
 */
import type { Core } from '@strapi/strapi';

type Row = Record<string, unknown>;

/** Whether the driver (node-postgres) sends dates as UTC (its `parseInputDatesAsUTC`) or as local time. */
function datesAsUtc(strapi: Core.Strapi): boolean {
  const driver = (strapi.db.connection.client as { driver?: { defaults?: { parseInputDatesAsUTC?: boolean } } }).driver;
  return Boolean(driver?.defaults?.parseInputDatesAsUTC);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date as node-postgres sends it as a parameter: local time with its offset (or UTC), so that a
 * `timestamp` column, which ignores the offset, stores the same wall time as from a bound Date.
 */
export function pgTimestamp(date: Date, utc: boolean): string {
  if (utc) return date.toISOString().replace('Z', '+00:00');
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The rows as a JSON array of objects with the given columns. `jsonText` names columns whose values are
 * JSON text already (a jsonb column given as text): they go in as the JSON they hold, not as a string.
 */
export function rowsAsJson(strapi: Core.Strapi, rows: Row[], columns: string[], jsonText: string[] = []): string {
  const utc = datesAsUtc(strapi);
  const value = (column: string, v: unknown): string => {
    if (v === undefined || v === null) return 'null';
    if (jsonText.includes(column) && typeof v === 'string') return v;
    if (v instanceof Date) return JSON.stringify(pgTimestamp(v, utc));
    return JSON.stringify(v);
  };
  return `[${rows.map((row) => `{${columns.map((column) => `${JSON.stringify(column)}:${value(column, row[column])}`).join(',')}}`).join(',')}]`;
}
