/**
 * A complete SQL text dump of a SQLite file made with better-sqlite3 alone (no sqlite3 command-line tool,
 * which CI may not have): every table's CREATE statement and rows, sqlite_sequence (so AUTOINCREMENT ids
 * go on where they stopped), then indexes, triggers and views. The text loads into an empty file with
 * `new Database(file).exec(sql)`.
 *
 * Values keep their storage class: integers are read as BigInt (no rounding above 2^53), reals keep a
 * decimal point, text is quoted, blobs are X'…'. Same shape as `sqlite3 file .dump`.
 */
const Database = require('better-sqlite3');

const ident = (name) => `"${String(name).replace(/"/g, '""')}"`;

function literal(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return value > 0 ? '9e999' : '-9e999';
    const text = String(value);
    // a REAL that happens to be whole must stay a REAL
    return /[.eE]/.test(text) ? text : `${text}.0`;
  }
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  const text = String(value);
  if (text.includes('\u0000')) throw new Error('a text value holds a NUL character; this dumper does not handle that');
  return `'${text.replace(/'/g, "''")}'`;
}

/** The rows of one table in rowid order, each as an array of raw values. */
function rowsOf(db, table, withoutRowid) {
  const statement = db.prepare(`SELECT * FROM ${ident(table)}${withoutRowid ? '' : ' ORDER BY rowid'}`);
  return statement.raw(true).all();
}

function dumpSqlite(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.defaultSafeIntegers(true);
  try {
    const objects = db.prepare("SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid").all();
    const out = ['PRAGMA foreign_keys=OFF;', 'BEGIN TRANSACTION;'];
    for (const table of objects.filter((o) => o.type === 'table' && !o.name.startsWith('sqlite_'))) {
      out.push(`${table.sql};`);
      const withoutRowid = /\)\s*WITHOUT\s+ROWID\s*$/i.test(table.sql);
      for (const row of rowsOf(db, table.name, withoutRowid)) out.push(`INSERT INTO ${ident(table.name)} VALUES(${row.map(literal).join(',')});`);
    }
    if (objects.some((o) => o.name === 'sqlite_sequence')) {
      out.push('DELETE FROM sqlite_sequence;');
      for (const row of rowsOf(db, 'sqlite_sequence', false)) out.push(`INSERT INTO sqlite_sequence VALUES(${row.map(literal).join(',')});`);
    }
    for (const other of objects.filter((o) => o.type !== 'table')) out.push(`${other.sql};`);
    out.push('COMMIT;');
    return `${out.join('\n')}\n`;
  } finally {
    db.close();
  }
}

/** Every table's rows as JSON text, for checking that a loaded dump equals the file it came from. */
function contentOf(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.defaultSafeIntegers(true);
  try {
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all();
    const schema = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
    const content = { schema };
    for (const { name, sql } of tables) {
      const withoutRowid = /\)\s*WITHOUT\s+ROWID\s*$/i.test(sql ?? '');
      content[name] = rowsOf(db, name, withoutRowid).map((row) => row.map((v) => (typeof v === 'bigint' ? `i:${v}` : Buffer.isBuffer(v) ? `b:${v.toString('hex')}` : typeof v === 'number' ? `r:${v}` : v)));
    }
    return JSON.stringify(content);
  } finally {
    db.close();
  }
}

module.exports = { dumpSqlite, contentOf };
