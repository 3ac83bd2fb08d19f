/**
 * The first worksheet of an .xlsx workbook, streamed with exceljs (the whole workbook is never held in memory).
 *
 * Cell values become the text the clerk sees: dates as yyyy-mm-dd, numbers in plain digits (a numeric cell with
 * a "000000000000" format keeps its leading zeros, as Excel shows them), rich text as its plain text, formulas
 * as their cached result. The header is the first row that names a record-id column within the first rows, so a
 * title line above the table ("DANH SÁCH HỒ SƠ ĐĂNG KÝ XE") is skipped.
 */
import type ExcelJS from 'exceljs';
import { InputError } from '../../errors';
import { toNfc } from '../../text/vietnamese';
import { hasKeyColumn, mapTableHeader, type ColumnMap, type TableColumns } from '../table-columns';
import type { RecordSource, SourceItem } from './record-source.types';
import { isoDate, plainNumber } from './values';
import { openZipFeed } from './zip-feed';
import { say } from '../../domain/messages/catalogue';

const HEADER_SEARCH_ROWS = 20;

export async function openXlsxSource<F extends string>(path: string, name: string, size: number, columns: TableColumns<F>): Promise<RecordSource<F>> {
  let bytesRead = 0;
  // The header is checked when the file is opened, so a workbook without a record-id column fails up front.
  for await (const row of tableRows(path, name, columns, () => undefined)) {
    if (row === 'header') break;
  }

  async function* items(): AsyncGenerator<SourceItem<F>> {
    for await (const row of tableRows(path, name, columns, (n) => (bytesRead = n))) {
      if (row === 'header') continue;
      yield { row: row.row, fields: columns.rowToFields(row.cells, row.map) };
    }
    // The rest of the archive (other sheets, metadata) is never read once the first sheet is done.
    bytesRead = size;
  }

  return { format: 'xlsx', encoding: null, totalBytes: size, bytesRead: () => bytesRead, items };
}

type TableRow<F extends string> = 'header' | { row: number; cells: string[]; map: ColumnMap<F> };

/**
 * The non-empty rows below the header of the first worksheet; 'header' marks the moment the header is found.
 * Throws InputError when there is no usable header or the workbook is damaged.
 */
async function* tableRows<F extends string>(
  path: string,
  name: string,
  columns: TableColumns<F>,
  onProgress: (bytes: number) => void,
): AsyncGenerator<TableRow<F>> {
  // Loaded when a workbook is read: exceljs (with its zip libraries) is a quarter of the engine's start otherwise.
  const { default: excel } = await import('exceljs');
  const input = await openZipFeed(path, onProgress);
  const reader = new excel.stream.xlsx.WorkbookReader(input.stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let map: ColumnMap<F> | null = null;
  let firstRow: string[] | null = null;
  let sawSheet = false;
  try {
    for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet) {
        const cells = rowCells(row);
        if (cells.every((c) => c === '')) continue;
        if (map) {
          yield { row: row.number, cells, map };
          continue;
        }
        // For the error message, the headers are the first row with two or more values (not a title line).
        if (!firstRow || (filled(firstRow) < 2 && filled(cells) >= 2)) firstRow = cells;
        if (hasKeyColumn(cells, columns)) {
          map = mapTableHeader(cells, name, columns);
          yield 'header';
        } else if (row.number >= HEADER_SEARCH_ROWS) {
          mapTableHeader(firstRow, name, columns); // throws the missing-column error, listing the first row's headers
        }
      }
      break; // only the first worksheet
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(say('file.xlsx_damaged', { file: name, reason }));
  } finally {
    input.close();
  }
  if (!sawSheet) throw new InputError(say('file.no_worksheet', { file: name }));
  if (!map) {
    if (!firstRow) throw new InputError(say('file.empty_worksheet', { file: name }));
    mapTableHeader(firstRow, name, columns);
  }
}

function filled(cells: readonly string[]): number {
  return cells.filter((c) => c !== '').length;
}

function rowCells(row: ExcelJS.Row): string[] {
  const values = row.values as ExcelJS.CellValue[];
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) {
    const value = values[c];
    const numFmt = typeof value === 'number' ? row.getCell(c).numFmt : undefined;
    cells.push(toNfc(cellText(value, numFmt).trim()));
  }
  return cells;
}

/** The text of a cell value; `numFmt` lets an all-zeros format keep the leading zeros Excel displays. */
export function cellText(value: ExcelJS.CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const text = plainNumber(value);
    if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) return text.padStart(numFmt.length, '0');
    return text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || (typeof result === 'object' && result !== null && 'error' in result)
      ? ''
      : cellText(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
  }
  return '';
}
