import { UserError } from '../errors';
import { MAX_DPI, MIN_DPI } from './source-common';
import type { ScanDevice, ScanMode } from './source.types';
import { say } from '../domain/messages/catalogue';
import type { MessageParam } from '../domain/messages/message';

/** `scanimage -f` template: one device per line, fields separated by tabs (device names may hold `|` or spaces). */
export const SANE_LIST_FORMAT = '%d\t%v\t%m\t%t%n';

/** One backend option as `scanimage -A` prints it. */
export interface SaneOption {
  /** `--mode`, `--source`, `-l`… exactly as it is passed back to scanimage. */
  flag: string;
  /** Allowed values of a list option (units stripped), or null. */
  values: string[] | null;
  /** Allowed range of a numeric option, or null. */
  range: { min: number; max: number; step: number } | null;
  /** The current value, or null when scanimage prints `inactive`. */
  current: string | null;
  inactive: boolean;
}

/** Parses `scanimage -f SANE_LIST_FORMAT` output. */
export function parseSaneDeviceList(text: string): ScanDevice[] {
  const devices: ScanDevice[] = [];
  for (const line of text.split('\n')) {
    const [id, vendor = '', model = '', type = ''] = line.replace(/\r$/, '').split('\t');
    if (!id?.trim()) continue;
    const who = [vendor === 'Noname' ? '' : vendor, model].filter(Boolean).join(' ') || id;
    devices.push({ id: id.trim(), name: type ? `${who} (${type})` : who });
  }
  return devices;
}

const UNIT = /(dpi|mm|%|bit|pel|us)$/;
const OPTION_LINE = /^ {4}(--?[A-Za-z0-9][\w-]*)(\[=\([^)]*\)\])?(?: (.*))?$/;
const RANGE = /^(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)[a-z%]*(?:,\.\.\.)?(?: \(in steps of (\d+(?:\.\d+)?)\))?$/;

/** Parses the device-specific part of `scanimage -d DEV -A`: option lines are indented by four spaces. */
export function parseSaneOptions(text: string): Map<string, SaneOption> {
  const options = new Map<string, SaneOption>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = OPTION_LINE.exec(line);
    if (!m) continue;
    const flag = m[1]!;
    let rest = (m[3] ?? '').trim();
    let current: string | null = null;
    const bracket = /^(.*?)\s*\[([^\]]*)\]$/.exec(rest);
    if (bracket) {
      rest = bracket[1]!;
      current = bracket[2]!;
    }
    const inactive = current === 'inactive';
    if (inactive || current === 'advanced') current = null;
    const range = RANGE.exec(rest);
    let values: string[] | null = null;
    if (!range && !m[2] && rest !== '' && !rest.startsWith('<')) {
      values = rest.split('|');
      const last = values[values.length - 1]!;
      if (/^-?\d/.test(values[0]!) && UNIT.test(last)) values[values.length - 1] = last.replace(UNIT, '');
    }
    options.set(flag, {
      flag,
      values,
      range: range ? { min: Number(range[1]), max: Number(range[2]), step: range[3] ? Number(range[3]) : 1 } : null,
      current,
      inactive,
    });
  }
  return options;
}

const MODE_NAMES: Record<ScanMode, RegExp[]> = {
  color: [/^colou?r$/i, /^(24 ?bit )?colou?r/i, /colou?r/i, /^rgb/i],
  gray: [/^gr[ae]y$/i, /^gr[ae]y/i, /gr[ae]y|grayscale/i],
  lineart: [/^lineart$/i, /^line ?art|^binary$|^black ?(&|and) ?white$|^b ?& ?w$|^bw$|^mono(chrome)?$/i, /binary|lineart|black/i],
};

/** Picks the device's value that means `want`, by trying stricter patterns first. */
function pick(values: string[], patterns: RegExp[], reject?: RegExp): string | undefined {
  for (const pattern of patterns) {
    const found = values.find((v) => pattern.test(v) && !(reject && reject.test(v)));
    if (found) return found;
  }
  return undefined;
}

/** "a, b or c": the values as the scanner names them, the "or" in the sentence's language. */
function listOr(values: string[]): MessageParam {
  return values.length <= 1 ? values.join('') : say('list.or', { some: values.slice(0, -1).join(', '), last: values[values.length - 1] ?? '' });
}

/** Mode and paper-source arguments for the device, from its first `-A` listing. */
export function saneModeAndSourceArgs(device: string, options: Map<string, SaneOption>, mode: ScanMode, adf: boolean): string[] {
  const args: string[] = [];
  const modeOption = options.get('--mode');
  if (modeOption?.values && !modeOption.inactive) {
    const value = pick(modeOption.values, MODE_NAMES[mode]);
    const gray = pick(modeOption.values, MODE_NAMES.gray);
    const depth = options.get('--depth');
    if (value) args.push(`--mode=${value}`);
    // Many scanners have no line-art mode but give 1-bit grey, which is the same picture.
    else if (mode === 'lineart' && gray && depth?.values?.includes('1')) args.push(`--mode=${gray}`, '--depth=1');
    else throw new UserError(say('scanner.no_mode', { device, mode: say(`mode.${mode}`), offers: listOr(modeOption.values) }));
  }
  const source = options.get('--source');
  const sources = source && !source.inactive ? (source.values ?? []) : [];
  if (adf) {
    const feeder = pick(sources, [/^(adf|automatic document feeder)$/i, /adf|feeder|document/i], /duplex|back|rear/i);
    if (!feeder) throw new UserError(say('scanner.no_feeder', { device }));
    args.push(`--source=${feeder}`);
  } else if (sources.length > 0) {
    const glass = pick(sources, [/^flatbed$/i, /flatbed|platen|glass|normal/i]);
    if (!glass) throw new UserError(say('scanner.no_glass', { device }));
    args.push(`--source=${glass}`);
  }
  return args;
}

/** Resolution and bit-depth arguments, from the `-A` listing made with the chosen mode and source set. */
export function saneResolutionArgs(device: string, options: Map<string, SaneOption>, dpi: number, mode: ScanMode, lineartByDepth: boolean): string[] {
  const option = options.get('--resolution');
  if (!option || option.inactive) throw new UserError(say('scanner.fixed_resolution', { device }));
  if (option.values) {
    const allowed = option.values.map(Number).filter((v) => Number.isFinite(v));
    if (!allowed.includes(dpi)) {
      const usable = allowed.filter((v) => v >= MIN_DPI && v <= MAX_DPI);
      throw new UserError(
        usable.length > 0
          ? say('scanner.resolution_offered', { device, dpi, offers: listOr(usable.map(String)) })
          : say('scanner.resolution_none_usable', { device, dpi, min: MIN_DPI, max: MAX_DPI, offers: listOr(allowed.map(String)) }),
      );
    }
  } else if (option.range) {
    const { min, max, step } = option.range;
    const offStep = step > 0 && Math.abs((dpi - min) / step - Math.round((dpi - min) / step)) > 1e-9;
    if (dpi < min || dpi > max || offStep) {
      throw new UserError(step > 1 ? say('scanner.resolution_steps', { device, dpi, min, max, step }) : say('scanner.resolution_range', { device, dpi, min, max }));
    }
  }
  const args = [`--resolution=${dpi}`];
  const depth = options.get('--depth');
  // 16-bit samples would make huge pages and cannot be JPEG: ask for 8 whenever the device lets us choose.
  if (mode !== 'lineart' && !lineartByDepth && depth && !depth.inactive && depth.values?.includes('8')) args.push('--depth=8');
  return args;
}
