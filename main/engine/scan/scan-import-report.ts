/** What a scan import answers: the dossiers created, the files already imported, the paths that could not be used. */
export interface ScanImportReport {
  created: string[];
  duplicates: { source: string; dossier: string }[];
  errors: { path: string; message: string }[];
  pages: number;
  seconds: number;
}
