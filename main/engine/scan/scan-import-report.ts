/** What a scan import answers: the domain's schema (domain/page.ts), the type inferred from it. */
export type { ScanImportReport } from '../domain/page';
