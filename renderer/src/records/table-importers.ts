/**
 * The table files a clerk imports from the screens, each through the engine's own import (the one `sohoa … import`
 * runs): records on the Records screen, the population register on Owners, self-declarations, driving licences.
 */
import type { ImportReport, KeyedImportReport } from '../../../preload/contract';
import type { Api } from '../../../preload/create-api';

export interface TableImporter {
  /** The file dialog's purpose (its title names what is imported). */
  purpose: 'records' | 'residents' | 'declarations' | 'licences';
  /** The field that names an issue's row in the report (its column heading). */
  keyField: 'record_id' | 'personal_id' | 'declaration_id' | 'licence_no';
  run(files: string[]): Promise<KeyedImportReport>;
}

/** A records import's report with each issue named by its key, as every other table's. */
export function keyedReport(report: ImportReport): KeyedImportReport {
  return { ...report, issues: report.issues.map(({ record_id, ...issue }) => ({ key: record_id, ...issue })) };
}

/** Each screen's importer over the engine's calls (made once, at module level: the import hooks need them stable). */
export function tableImporters(api: Pick<Api, 'records' | 'residents' | 'declarations' | 'licences'>): Record<TableImporter['purpose'], TableImporter> {
  return {
    records: { purpose: 'records', keyField: 'record_id', run: async (files) => keyedReport(await api.records.import({ files })) },
    residents: { purpose: 'residents', keyField: 'personal_id', run: (files) => api.residents.import({ files }) },
    declarations: { purpose: 'declarations', keyField: 'declaration_id', run: (files) => api.declarations.import({ files }) },
    licences: { purpose: 'licences', keyField: 'licence_no', run: (files) => api.licences.import({ files }) },
  };
}
