import type { viImports } from './vi.imports';

/** English messages of the table imports on the Owners, Self-declarations and Licences screens. */
export const enImports: Record<keyof typeof viImports, string> = {
  'owners.import': 'Import the register…',
  'owners.importHint': 'Import extract files of the national population database (CSV, XLSX or JSON)',
  'declarations.import': 'Import declarations…',
  'declarations.importHint': 'Import citizens’ self-declaration files (CSV, XLSX or JSON)',
  'licences.import': 'Import licences…',
  'licences.importHint': 'Import driving-licence files (CSV, XLSX or JSON)',
  'owners.none': 'No owner checked yet: import an extract of the population database with “Import the register…” (vehicle records are imported on the Records screen).',
  'licences.none': 'No licence yet: import driving-licence files with “Import licences…”.',
  'declarations.none': 'No declaration waiting for confirmation. Import self-declaration files with “Import declarations…”.',
  'field.sex': 'Sex',
  'field.former_id': 'Former ID (CMND)',
  'field.declaration_id': 'Declaration id',
  'field.declared_at': 'Declared at',
  'field.phone': 'Phone',
  'field.holder': 'Holder',
};
