/** The screens' table imports: each runs the engine's own import of its kind, and its report names rows by the file's key. */
import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../../renderer/src/i18n/fieldLabel';
import { makeTranslate } from '../../../renderer/src/i18n/translate';
import { tableImporters } from '../../../renderer/src/records/table-importers';
import type { ImportReport } from '../../../preload/contract';
import type { Api } from '../../../preload/create-api';

const report: ImportReport = {
  imported: 1, updated: 0, unchanged: 0, rejected: 0, with_issues: 1, errors: [], cancelled: false, seconds: 0.1,
  issues: [{ record_id: 'HS000005', field: 'owner_id', message: 'The citizen ID must have 12 digits.' }],
};

/** window.api's four imports, each answering what it was given. */
function fakeApi(calls: { call: string; files: string[] }[]): Pick<Api, 'records' | 'residents' | 'declarations' | 'licences'> {
  const answer = (call: string) => async ({ files }: { files: string[] }) => {
    calls.push({ call, files });
    return call === 'records.import' ? report : { ...report, issues: [{ key: files[0]!, field: 'licence_no', message: 'x' }] };
  };
  return {
    records: { import: answer('records.import') },
    residents: { import: answer('residents.import') },
    declarations: { import: answer('declarations.import') },
    licences: { import: answer('licences.import') },
  } as unknown as Pick<Api, 'records' | 'residents' | 'declarations' | 'licences'>;
}

describe('the import on each screen', () => {
  it('runs the import the command line runs for its kind of file, and opens the file dialog titled for it', async () => {
    const calls: { call: string; files: string[] }[] = [];
    const importers = Object.values(tableImporters(fakeApi(calls)));
    for (const importer of importers) await importer.run([`/tram/${importer.purpose}.csv`]);
    expect(calls).toEqual([
      { call: 'records.import', files: ['/tram/records.csv'] },
      { call: 'residents.import', files: ['/tram/residents.csv'] },
      { call: 'declarations.import', files: ['/tram/declarations.csv'] },
      { call: 'licences.import', files: ['/tram/licences.csv'] },
    ]);
  });

  it('names a stored row\'s issue by the file\'s key, headed in Vietnamese (a record\'s id as before)', async () => {
    const vi = makeTranslate('vi');
    const importers = tableImporters(fakeApi([]));
    expect((await importers.records.run(['/tram/a.csv'])).issues).toEqual([{ key: 'HS000005', field: 'owner_id', message: 'The citizen ID must have 12 digits.' }]);
    expect(Object.values(importers).map((i) => fieldLabel(i.keyField, vi))).toEqual(['Mã hồ sơ', 'Số định danh cá nhân', 'Mã khai báo', 'Số GPLX']);
  });
});
