import { describe, expect, it } from 'vitest';
import { parseSaneDeviceList, parseSaneOptions, saneModeAndSourceArgs, saneResolutionArgs } from '../../../main/engine/sources/sane-options';
import { SaneSource, SANE_NOT_INSTALLED } from '../../../main/engine/sources';

// Recorded from `scanimage -d test:0 -A` (sane-backends 1.1.1), trimmed.
const TEST_DEVICE = `
All options specific to device \`test:0':
  Scan Mode:
    --mode Gray|Color [Gray]
        Selects the scan mode (e.g., lineart, monochrome, or color).
    --depth 1|8|16 [8]
        Number of bits per sample, typical values are 1 for "line-art" and 8
    --hand-scanner[=(yes|no)] [no]
        Simulate a hand-scanner.
    --three-pass-order RGB|RBG|GBR|GRB|BRG|BGR [inactive]
        Set the order of frames in three-pass color mode.
    --resolution 1..1200dpi (in steps of 1) [50]
        Sets the resolution of the scanned image.
    --source Flatbed|Automatic Document Feeder [Flatbed]
        If Automatic Document Feeder is selected, the feeder will be 'empty'
  Geometry:
    -l 0..200mm (in steps of 1) [0]
        Top-left x position of scan area.
    --int-constraint-array-constraint-range 4..192dpi,... (in steps of 2) [inactive]
        (5/7) Int test option with unit dpi
`;

// The shape of a typical office ADF scanner's listing (word-list resolutions, a duplex source, a line-art mode).
const OFFICE_SCANNER = `
All options specific to device \`fujitsu:fi-7160:1234':
  Standard:
    --source ADF Front|ADF Back|ADF Duplex [ADF Front]
        Selects the scan source (such as a document-feeder).
    --mode Lineart|Halftone|Gray|Color [Lineart]
        Selects the scan mode (e.g., lineart, monochrome, or color).
    --resolution 100|150|200|300|400|600dpi [600]
        Sets the resolution of the scanned image.
`;

describe('SANE option listing', () => {
  it('reads list, range and inactive options as scanimage prints them', () => {
    const options = parseSaneOptions(TEST_DEVICE);
    expect(options.get('--mode')).toMatchObject({ values: ['Gray', 'Color'], current: 'Gray', inactive: false });
    expect(options.get('--depth')?.values).toEqual(['1', '8', '16']);
    expect(options.get('--resolution')).toMatchObject({ values: null, range: { min: 1, max: 1200, step: 1 }, current: '50' });
    expect(options.get('--source')?.values).toEqual(['Flatbed', 'Automatic Document Feeder']);
    expect(options.get('--three-pass-order')).toMatchObject({ inactive: true, current: null });
    expect(options.get('-l')?.range).toEqual({ min: 0, max: 200, step: 1 });
    expect(options.get('--hand-scanner')?.values).toBeNull();
    expect(options.has('Selects')).toBe(false);
  });

  it('strips the unit from word-list resolutions', () => {
    expect(parseSaneOptions(OFFICE_SCANNER).get('--resolution')?.values).toEqual(['100', '150', '200', '300', '400', '600']);
  });

  it('reads the formatted device list, names with spaces and bars included', () => {
    const text = 'test:0\tNoname\tfrontend-tester\tvirtual device\nairscan:e0:Canon MF|Office\tCanon\tMF 643C\teSCL network scanner\n';
    expect(parseSaneDeviceList(text)).toEqual([
      { id: 'test:0', name: 'frontend-tester (virtual device)' },
      { id: 'airscan:e0:Canon MF|Office', name: 'Canon MF 643C (eSCL network scanner)' },
    ]);
    expect(parseSaneDeviceList('')).toEqual([]);
  });
});

describe('mapping our scan options to a device', () => {
  const test = parseSaneOptions(TEST_DEVICE);
  const office = parseSaneOptions(OFFICE_SCANNER);

  it("uses the device's own names for mode and feeder", () => {
    expect(saneModeAndSourceArgs('test:0', test, 'gray', true)).toEqual(['--mode=Gray', '--source=Automatic Document Feeder']);
    expect(saneModeAndSourceArgs('test:0', test, 'color', false)).toEqual(['--mode=Color', '--source=Flatbed']);
    expect(saneModeAndSourceArgs('fi', office, 'lineart', true)).toEqual(['--mode=Lineart', '--source=ADF Front']);
  });

  it('gives line art as 1-bit grey on a device without a line-art mode', () => {
    expect(saneModeAndSourceArgs('test:0', test, 'lineart', false)).toEqual(['--mode=Gray', '--depth=1', '--source=Flatbed']);
  });

  it('refuses a feeder or glass the device does not have, in one sentence', () => {
    const noSource = parseSaneOptions('    --mode Gray|Color [Gray]\n');
    expect(() => saneModeAndSourceArgs('epson:flat', noSource, 'gray', true)).toThrow('The scanner epson:flat has no document feeder; scan from the glass instead.');
    expect(saneModeAndSourceArgs('epson:flat', noSource, 'gray', false)).toEqual(['--mode=Gray']);
    expect(() => saneModeAndSourceArgs('fi', office, 'gray', false)).toThrow('The scanner fi has no glass to scan from; use its document feeder.');
  });

  it('refuses a resolution the device does not allow, listing the ones it does', () => {
    expect(() => saneResolutionArgs('fi', office, 250, 'gray', false)).toThrow('The scanner fi cannot scan at 250 dpi; it allows 150, 200, 300, 400 or 600 dpi.');
    expect(saneResolutionArgs('fi', office, 300, 'gray', false)).toEqual(['--resolution=300']);
    const stepped = parseSaneOptions('    --resolution 75..600dpi (in steps of 75) [75]\n');
    expect(() => saneResolutionArgs('hp', stepped, 200, 'color', false)).toThrow('The scanner hp cannot scan at 200 dpi; it allows 75 to 600 dpi in steps of 75.');
  });

  it('asks for 8-bit samples in grey and colour when the device lets us choose', () => {
    expect(saneResolutionArgs('test:0', test, 150, 'gray', false)).toEqual(['--resolution=150', '--depth=8']);
    expect(saneResolutionArgs('test:0', test, 150, 'lineart', true)).toEqual(['--resolution=150']);
  });
});

describe('SaneSource without scanimage', () => {
  it('says in one sentence that SANE is missing', async () => {
    const source = new SaneSource({ command: '/nonexistent/bin/scanimage' });
    await expect(source.listDevices()).rejects.toThrow(SANE_NOT_INSTALLED);
    expect(SANE_NOT_INSTALLED).toBe("SANE's scanimage is not installed (apt-get install sane-utils).");
  });

  it('checks the scan options before anything is spawned', async () => {
    const source = new SaneSource({ command: '/nonexistent/bin/scanimage' });
    const scan = (o: object): Promise<string[]> => source.scanBatch({ device: 'test:0', resolution: 300, mode: 'gray', adf: false, ...o }, '/tmp/x');
    await expect(scan({ resolution: 1200 })).rejects.toThrow('The resolution must be a whole number of dpi from 150 to 600, not 1200.');
    await expect(scan({ device: '' })).rejects.toThrow('Choose a scanner from the list of connected scanners.');
    await expect(scan({ mode: 'sepia' })).rejects.toThrow('The colour mode "sepia" is not one of color, gray or lineart.');
    await expect(scan({ maxPages: 0 })).rejects.toThrow('The page limit must be a whole number of at least 1, not 0.');
  });
});
