/**
 * One entry point for every records file: it sniffs what the file really is and returns a stream of rows, each
 * either readable fields or a sentence saying why the row cannot be read. Problems with the whole file are an
 * InputError from `openRecordSource`; a few (a JSON file broken between two records, an .xlsx damaged inside)
 * can only be seen on the way and are thrown as InputError from `items()` after the rows before them.
 */
import { basename } from 'node:path';
import { RECORD_COLUMNS } from '../columns';
import type { TableColumns } from '../table-columns';
import { openCsvSource } from './csv';
import { openJsonSource } from './json';
import { sniffRecordFile } from './record-file-format';
import { openXlsxSource } from './xlsx';
import type { RecordSource } from './record-source.types';

/** Opens a CSV, XLSX or JSON records file; throws InputError (naming the file) when it cannot be used. */
export async function openRecordSource(path: string): Promise<RecordSource> {
  return openTableSource(path, RECORD_COLUMNS);
}

/** Opens a CSV, XLSX or JSON file of any kind of table (`columns` says which); the records importer's rules. */
export async function openTableSource<F extends string>(path: string, columns: TableColumns<F>): Promise<RecordSource<F>> {
  const name = basename(path);
  const sniffed = await sniffRecordFile(path, name);
  switch (sniffed.format) {
    case 'csv':
      return openCsvSource(path, name, sniffed.size, sniffed.encoding!, columns);
    case 'json':
      return openJsonSource(path, name, sniffed.size, sniffed.encoding!, columns);
    case 'xlsx':
      return openXlsxSource(path, name, sniffed.size, columns);
  }
}
