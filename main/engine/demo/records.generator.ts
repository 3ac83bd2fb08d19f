/**
 * Synthetic station records for the demo station, tests and benchmarks.
 *
 * Deterministic for a seed, and unique where the real registry is unique (record id, plate, chassis, citizen
 * ID per person) by construction rather than by remembering issued values, so a million records stream in
 * constant memory. Some owners have several vehicles, as in a real station.
 */

import { writeCsvRecords, type CsvRecord } from './records.csv';
import { OwnerIssuer, type Owner } from './identity';
import { choosePlateClass, PlateIssuer } from './plates';
import { intBetween, mulberry32, pickWeighted, type Rng } from './prng';
import { SerialIssuer } from './serials';
import { COLORS, kindWeights, VEHICLE_MODELS, type VehicleKind, type VehicleModel } from './vehicles';

export { CSV_HEADERS, recordsCsvHeader, recordToCsvLine } from './records.csv';
export { injectConfusion, injectEdit } from './query-variants';
export { mulberry32, type Rng } from './prng';

/** A generated record: every field present, NFC text, `registered_on` as an ISO date. */
export type GeneratedRecord = CsvRecord;

const FIRST_YEAR = 1995;
/** Last registration date generated: the data predate the 2025 province merger (old province codes). */
const LAST_DATE = '2025-06-30';
/** Share of records whose owner already has another vehicle at this station. */
const REPEAT_OWNER = 0.06;
const RECENT_OWNERS = 512;

export function* generateRecords(count: number, seed = 1): Generator<GeneratedRecord> {
  const rng = mulberry32(seed);
  const plates = new PlateIssuer(seed);
  const serials = new SerialIssuer(seed);
  const owners = new OwnerIssuer(seed);
  const recent: Owner[] = [];

  for (let i = 0; i < count; i++) {
    const registeredOn = registrationDate(rng);
    const year = Number(registeredOn.slice(0, 4));
    const kind = pickWeighted(rng, kindWeights(year));
    const model = pickModel(rng, kind, year);
    const buildYear = Math.max(model.from, year - (rng() < 0.3 ? 1 : 0));
    const chassis =
      model.oldFrame !== undefined && year < 2004 ? serials.fromTemplate(model.oldFrame) : serials.vin(rng, model, buildYear);

    let owner: Owner | null = null;
    if (recent.length > 0 && rng() < REPEAT_OWNER) {
      const candidate = recent[Math.floor(rng() * recent.length)];
      // Records are not in date order: reuse an owner only if they were of age at this registration.
      if (OwnerIssuer.canRegisterIn(candidate, year)) owner = candidate;
    }
    if (owner === null) {
      owner = owners.issue(rng, year);
      if (recent.length < RECENT_OWNERS) recent.push(owner);
      else recent[Math.floor(rng() * RECENT_OWNERS)] = owner;
    }

    yield {
      // Fixed width, so a record's id does not depend on how many records are generated.
      record_id: `HS${String(i + 1).padStart(6, '0')}`,
      plate: plates.issue(choosePlateClass(rng, kind, registeredOn), rng() < 0.92),
      chassis,
      engine: serials.fromTemplate(model.engine),
      owner_name: owner.name,
      owner_id: owner.id,
      address: owner.address,
      brand: model.brand,
      model: model.model,
      color: pickWeighted(rng, COLORS[kind]),
      registered_on: registeredOn,
    };
  }
}

/** Writes `count` generated records as a station CSV export (see records.csv.ts for the format). */
export function writeRecordsCsv(path: string, count: number, seed = 1): Promise<void> {
  return writeCsvRecords(path, generateRecords(count, seed));
}

/** Registrations grow over the years (more vehicles every year), up to mid-2025. */
const LAST_YEAR = Number(LAST_DATE.slice(0, 4));
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => {
  const y = FIRST_YEAR + i;
  return [y, (1 + i * 0.3) * (y === LAST_YEAR ? 0.5 : 1)] as const;
});

function registrationDate(rng: Rng): string {
  const lastYear = LAST_YEAR;
  const year = pickWeighted(rng, YEAR_WEIGHTS);
  const month = year === lastYear ? intBetween(rng, 1, 6) : intBetween(rng, 1, 12);
  const day = intBetween(rng, 1, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

const modelsByKindYear = new Map<string, readonly (readonly [VehicleModel, number])[]>();

function pickModel(rng: Rng, kind: VehicleKind, year: number): VehicleModel {
  const cacheKey = `${kind}/${year}`;
  let options = modelsByKindYear.get(cacheKey);
  if (options === undefined) {
    options = VEHICLE_MODELS.filter((m) => m.kind === kind && m.from <= year && year <= m.to).map((m) => [m, m.weight] as const);
    // No model of this kind that year (e.g. electric bikes before 2019): take the earliest one of the kind.
    if (options.length === 0) {
      const earliest = VEHICLE_MODELS.filter((m) => m.kind === kind).sort((a, b) => a.from - b.from)[0];
      options = [[earliest, 1]];
    }
    modelsByKindYear.set(cacheKey, options);
  }
  return pickWeighted(rng, options);
}
