/**
 * Tables as CSV (semicolons, every cell quoted, for Dutch spreadsheet programs) and XLSX, for the annual
 * report and the register. A cell that starts like a formula is neutralised (CSV injection).
 */
type Cell = string | number | null;

function csvCell(value: Cell): string {
  const text = String(value ?? '');
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header.join(';'), ...rows.map((row) => row.map(csvCell).join(';'))].join('\r\n') + '\r\n';
}

export async function toXlsx(sheet: string, header: string[], rows: Cell[][], widths: number[]): Promise<Buffer> {
  const writeXlsxFile = require('write-excel-file/node').default ?? require('write-excel-file/node');
  const data = [
    header.map((value) => ({ value, fontWeight: 'bold' })),
    ...rows.map((row) => row.map((value) => (typeof value === 'number' ? { value, type: Number } : { value: value ?? '', type: String }))),
  ];
  return writeXlsxFile([{ data, sheet, columns: widths.map((width) => ({ width })) }]).toBuffer();
}
