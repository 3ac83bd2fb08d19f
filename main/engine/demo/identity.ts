/**
 * Synthetic owners: name, citizen ID and address.
 *
 * A CCCD is built the way the real one is (DESIGN.md): 3-digit birth-registration province, century/sex digit
 * (0/1 = born 1900s male/female, 2/3 = 2000s), two birth-year digits, six more digits. The six digits come
 * from a permutation per (province, century/sex, year), so two different people never share an ID.
 */

import { digits, intBetween, pick, pickWeighted, UniqueDraws, type Rng } from './prng';
import {
  BIRTH_PROVINCE_WEIGHTS,
  CMND_PREFIX_WEIGHTS,
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  HANOI_DISTRICTS,
  MALE_GIVEN,
  MALE_MIDDLE,
  OTHER_PLACES,
} from './vn-people';

export interface Owner {
  name: string;
  id: string;
  address: string;
  birthYear: number;
}

export class OwnerIssuer {
  private readonly draws: UniqueDraws;

  constructor(seed: number) {
    this.draws = new UniqueDraws(seed);
  }

  /** Whether an existing owner could have registered a vehicle in `year` (adult, not implausibly old). */
  static canRegisterIn(owner: Owner, year: number): boolean {
    const age = year - owner.birthYear;
    return age >= 18 && age <= 70;
  }

  /** A new owner old enough to register a vehicle in `registeredYear`. */
  issue(rng: Rng, registeredYear: number): Owner {
    const female = rng() < 0.42;
    const birthYear = registeredYear - intBetween(rng, 18, 68);
    const name = personName(rng, female);
    // Legacy 9-digit CMND numbers linger on records made before CCCD became universal (2016–2021).
    const legacy = rng() < (registeredYear < 2016 ? 0.3 : registeredYear < 2021 ? 0.1 : 0.02);
    const id = legacy ? this.cmnd(rng) : this.cccd(rng, female, birthYear);
    return { name, id, address: address(rng), birthYear };
  }

  private cccd(rng: Rng, female: boolean, birthYear: number): string {
    const province = pickWeighted(rng, BIRTH_PROVINCE_WEIGHTS);
    const centurySex = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
    const head = `${province}${centurySex}${String(birthYear % 100).padStart(2, '0')}`;
    return head + String(this.unique(head, 1_000_000)).padStart(6, '0');
  }

  private cmnd(rng: Rng): string {
    const prefix = pickWeighted(rng, CMND_PREFIX_WEIGHTS);
    return prefix + String(this.unique(`cmnd${prefix}`, 10_000_000)).padStart(7, '0');
  }

  private unique(ns: string, space: number): number {
    const x = this.draws.draw(ns, space);
    if (x < 0) throw new RangeError(`Ran out of synthetic citizen IDs for ${ns}`);
    return x;
  }
}

export function personName(rng: Rng, female: boolean): string {
  const family = pickWeighted(rng, FAMILY_NAMES);
  const middle = pick(rng, female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = pick(rng, female ? FEMALE_GIVEN : MALE_GIVEN);
  // About one in six names has a second middle name (Nguyễn Thị Thu Hà).
  if (rng() < 0.16) {
    const second = pick(rng, female ? FEMALE_MIDDLE : MALE_MIDDLE);
    if (second !== middle && second !== 'Thị' && second !== 'Văn') return `${family} ${middle} ${second} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}

/** Mostly Hà Nội addresses (the demo station is in Hà Nội), in the shapes clerks actually type. */
export function address(rng: Rng): string {
  if (rng() < 0.08) return `Số ${intBetween(rng, 1, 200)}, ${pick(rng, OTHER_PLACES)}`;
  const d = pick(rng, HANOI_DISTRICTS);
  const ward = pick(rng, d.wards);
  const street = pick(rng, d.streets);
  const tail = `${ward}, ${d.district}, Hà Nội`;
  const r = rng();
  if (r < 0.4) return `Số ${intBetween(rng, 1, 300)} ${street}, ${tail}`;
  if (r < 0.75) return `Số ${intBetween(rng, 1, 80)} ngõ ${intBetween(rng, 1, 400)} ${street}, ${tail}`;
  if (r < 0.9) return `Phòng ${intBetween(rng, 1, 25)}${digits(rng, 2)}, tòa ${pick(rng, ['A', 'B', 'C', 'CT1', 'CT2', 'N01'])}, ${tail}`;
  if (r < 0.97) return `Tổ ${intBetween(rng, 1, 40)}, ${tail}`;
  // Quoted names of residential areas exercise CSV quoting in the export and import paths.
  return `Tổ ${intBetween(rng, 1, 40)}, khu tập thể "${pick(rng, ['Đồng Xa', 'Bắc Hà', 'Nam Thành Công', 'Kim Liên'])}", ${tail}`;
}
