// An .xlsx workbook of the contract's columns: opens in any Excel, whatever its locale's list
// separator, with no import step. Times are real date cells; text is never run as a formula
// (every cell is written as a string, which Excel does not evaluate).
import writeXlsxFile from 'write-excel-file/browser';
import { CSV_COLUMNS, DATE_COLUMNS } from './csv';

const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

export function toXlsx(rows: string[][]): Promise<Blob> {
  const header = CSV_COLUMNS.map((c) => ({ value: c, fontWeight: 'bold' as const }));
  const data = rows.map((row) =>
    row.map((value, i) =>
      DATE_COLUMNS.has(CSV_COLUMNS[i]!) && value
        ? { value: new Date(value), type: Date, format: DATE_FORMAT }
        : { value, type: String },
    ),
  );
  return writeXlsxFile([header, ...data], { stickyRowsCount: 1 }).toBlob();
}
