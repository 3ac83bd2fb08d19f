import type { Translate } from './translate';

/**
 * What a running job is doing, in the UI's language. The engine names its stages with a word ('pages' while pages
 * are read, 'scanner' while a scanner feeds paper, 'failed' when an export stopped); any other label is a file
 * name or a dossier id, shown as it is.
 */
export function progressLabel(label: string, t: Translate): string {
  switch (label) {
    case 'pages':
      return t('scan.progressReading');
    case 'scanner':
      return t('scan.progressScanning');
    case 'failed':
      return t('export.progress.failed');
    default:
      return label;
  }
}
