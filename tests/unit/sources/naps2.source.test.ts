import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineText } from '../../../renderer/src/i18n/engine-text';
import {
  locateNaps2,
  naps2ListArgs,
  naps2Message,
  naps2ScanArgs,
  newPageFiles,
  parseNaps2DeviceId,
  parseNaps2DeviceList,
} from '../../../main/engine/sources/naps2.source';
import { availableSources, createScanSource, Naps2Source, NAPS2_NOT_INSTALLED, ScanStoppedError, type ScanOptions } from '../../../main/engine/sources';

const temp = (): string => mkdtempSync(join(tmpdir(), 'sohoa-naps2-'));
const base: ScanOptions = { device: 'wia:Canon DR-C225', resolution: 300, mode: 'gray', adf: true, format: 'png' };

describe('NAPS2 console arguments', () => {
  it('scans a named device with default settings, one file per page numbered by NAPS2', () => {
    expect(naps2ScanArgs(base, '/scans/b1', 'png')).toEqual([
      '--noprofile', '--driver', 'wia', '--device', 'Canon DR-C225',
      '--source', 'feeder', '--dpi', '300', '--bitdepth', 'gray',
      '--output', join('/scans/b1', 'page-$(nnnn).png'), '--split',
    ]);
  });

  it('scans with a NAPS2 profile, from the glass, in line art as TIFF', () => {
    const args = naps2ScanArgs({ ...base, device: 'profile:Sohoa A4', adf: false, mode: 'lineart' }, '/s', 'tiff');
    expect(args.slice(0, 2)).toEqual(['--profile', 'Sohoa A4']);
    expect(args).toEqual(expect.arrayContaining(['glass', 'bw', join('/s', 'page-$(nnnn).tif')]));
    expect(naps2ScanArgs({ ...base, mode: 'color' }, '/s', 'jpeg')).toEqual(expect.arrayContaining(['color', join('/s', 'page-$(nnnn).jpg')]));
  });

  it('refuses folder names NAPS2 would rewrite and device ids it cannot drive', () => {
    expect(() => naps2ScanArgs(base, 'C:\\scans\\%USERNAME%', 'png')).toThrow('The folder C:\\scans\\%USERNAME% has a % or $( in its name, which NAPS2 would replace; choose another folder.');
    expect(() => parseNaps2DeviceId('test:0')).toThrow('The scanner "test:0" is not a NAPS2 device; choose one from the list of connected scanners.');
    expect(parseNaps2DeviceId('twain:EPSON DS-530 II')).toEqual({ driver: 'twain', name: 'EPSON DS-530 II' });
  });

  it('lists devices per driver, telling device names from NAPS2 messages', () => {
    expect(naps2ListArgs('twain')).toEqual(['--listdevices', '--driver', 'twain']);
    // Recorded shape: one name a line; a driver problem is a sentence on the same stream.
    expect(parseNaps2DeviceList('Canon DR-C225\r\nWIA-EPSON DS-530 II\r\n', 'wia').devices).toEqual([
      { id: 'wia:Canon DR-C225', name: 'Canon DR-C225 (WIA)' },
      { id: 'wia:WIA-EPSON DS-530 II', name: 'WIA-EPSON DS-530 II (WIA)' },
    ]);
    expect(parseNaps2DeviceList('No scanning device was found.\r\n', 'twain')).toEqual({ devices: [], messages: ['No scanning device was found.'] });
  });

  it('finds the pages a batch wrote, in page order, ignoring what was there before', () => {
    const before = new Set(['page-0001.png', 'notes.txt']);
    expect(newPageFiles(before, ['page-0010.png', 'page-0001.png', 'page-0002.png', 'x.png', 'page-0009.png'])).toEqual(['page-0002.png', 'page-0009.png', 'page-0010.png']);
    expect(naps2Message('\r\nThe feeder is empty.\r\n')).toBe('The feeder is empty');
  });

  it('finds NAPS2.Console.exe from the option, SOHOA_NAPS2 or the install folder', () => {
    const have = (...paths: string[]) => (p: string): boolean => paths.includes(p);
    expect(locateNaps2('D:\\N\\NAPS2.Console.exe', {}, have('D:\\N\\NAPS2.Console.exe'))).toBe('D:\\N\\NAPS2.Console.exe');
    expect(locateNaps2(undefined, { SOHOA_NAPS2: 'E:\\n.exe' }, have('E:\\n.exe'))).toBe('E:\\n.exe');
    expect(locateNaps2(undefined, {}, have('C:\\Program Files\\NAPS2\\NAPS2.Console.exe'))).toBe('C:\\Program Files\\NAPS2\\NAPS2.Console.exe');
    expect(locateNaps2(undefined, {}, have())).toBeNull();
  });
});

describe('NAPS2 source', () => {
  it('says in one sentence that NAPS2 is missing', async () => {
    const source = new Naps2Source({ exe: '/nonexistent/NAPS2.Console.exe' });
    await expect(source.listDevices()).rejects.toThrow(NAPS2_NOT_INSTALLED);
    await expect(source.scanBatch(base, temp())).rejects.toThrow(NAPS2_NOT_INSTALLED);
    expect(await availableSources({ naps2: { exe: '/nonexistent/NAPS2.Console.exe' } }, 'win32')).not.toContain('naps2');
    expect(createScanSource('naps2').kind).toBe('naps2');
  });

  /** A stand-in for NAPS2.Console.exe that behaves as its source does: names on --listdevices, pages at the end. */
  function fakeNaps2(): { exe: string; log: string } {
    const dir = temp();
    const exe = join(dir, 'NAPS2.Console');
    const log = join(dir, 'argv.json');
    writeFileSync(
      exe,
      `#!${process.execPath}
const fs = require('fs'); const path = require('path'); const a = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(a));
if (a.includes('--listdevices')) { if (a[2] === 'wia') console.log('Canon DR-C225'); else console.log('No scanning device was found.'); process.exit(0); }
if (process.env.FAKE_NAPS2 === 'empty') { console.log('No pages are in the feeder.'); process.exit(0); }
const out = a[a.indexOf('--output') + 1];
for (let page = 0; page < 3; page++) {
  let n = 1; const name = () => out.replace('$(nnnn)', String(n).padStart(4, '0'));
  while (fs.existsSync(name())) n++;
  fs.writeFileSync(name(), 'page');
}
`,
    );
    chmodSync(exe, 0o755);
    return { exe, log };
  }

  it.skipIf(process.platform === 'win32')('scans a batch through the console, then reports the pages in order', async () => {
    const { exe, log } = fakeNaps2();
    const out = temp();
    writeFileSync(join(out, 'page-0001.png'), 'earlier');
    const source = createScanSource('naps2', { naps2: { exe } });
    expect(await source.listDevices()).toEqual([{ id: 'wia:Canon DR-C225', name: 'Canon DR-C225 (WIA)' }]);
    const seen: number[] = [];
    const pages = await source.scanBatch(base, out, undefined, (_p, i) => seen.push(i));
    expect(pages.map((p) => basename(p))).toEqual(['page-0002.png', 'page-0003.png', 'page-0004.png']);
    expect(seen).toEqual([0, 1, 2]);
    expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual(naps2ScanArgs(base, out, 'png'));
    expect(readdirSync(out)).toHaveLength(4);
  });

  it.skipIf(process.platform === 'win32')("reports a scan that wrote nothing with NAPS2's own words", async () => {
    const { exe } = fakeNaps2();
    const source = new Naps2Source({ exe, env: { ...process.env, FAKE_NAPS2: 'empty' } });
    const error = await source.scanBatch(base, temp()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanStoppedError);
    expect((error as Error).message).toBe('The scanner wia:Canon DR-C225 stopped: No pages are in the feeder.');
    await expect(source.scanBatch({ ...base, device: 'wia:Other' }, temp())).rejects.toThrow('The scanner wia:Other is not connected; choose one from the list of connected scanners.');
  });

  it.skipIf(process.platform === 'win32')('lists a NAPS2 profile by a name the Vietnamese scan screen says in Vietnamese', async () => {
    const { exe } = fakeNaps2();
    const devices = await new Naps2Source({ exe, profiles: ['Sohoa A4'], drivers: [] }).listDevices();
    const profile = devices.find((d) => d.id === 'profile:Sohoa A4')!;
    expect(profile.name).toBe('NAPS2 profile Sohoa A4');
    expect(engineText(profile.label ?? profile.name, 'vi')).toBe('cấu hình NAPS2 Sohoa A4');
  });
});
