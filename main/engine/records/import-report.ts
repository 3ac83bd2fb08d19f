/**
 * What an import of a table file answers: the domain's schemas (domain/import-report.ts), the types inferred from
 * them; `TableImportReport<Issue>` for the register, declarations and licences, `ImportReport` for records.
 */
export type { ImportReport, TableImportReport } from '../domain/import-report';
