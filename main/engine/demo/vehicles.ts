/**
 * The vehicle models a Hà Nội station registers, with the shapes of their serials.
 *
 * Serial templates: `#` is a digit, `@` a letter legal in VINs (no I, O, Q); everything else is literal.
 * VINs are WMI + five VDS characters + check digit + model year + plant + six-digit serial (ISO 3779).
 * The codes imitate each maker's style (Honda `JF63E-1234567`, Toyota `1NZ-X123456`); they are synthetic.
 */

export type VehicleKind = 'moto' | 'car' | 'emoto';

export interface VehicleModel {
  brand: string;
  model: string;
  kind: VehicleKind;
  /** World manufacturer identifier; Vietnamese makers start with RL. */
  wmi: string;
  vds: string;
  /** Plant code, VIN position 11. */
  plant: string;
  engine: string;
  /** Registration years the model appears in. */
  from: number;
  to: number;
  /** Relative share among models available in a year. */
  weight: number;
  /** Frame-number template for units registered before VINs were stamped (shorter, maker-local). */
  oldFrame?: string;
}

export const VEHICLE_MODELS: readonly VehicleModel[] = [
  // Honda Vietnam motorcycles: the bulk of any urban station.
  { brand: 'Honda', model: 'Super Dream', kind: 'moto', wmi: 'RLH', vds: 'HA081', plant: 'Y', engine: 'HA08E-#######', from: 1995, to: 2012, weight: 8, oldFrame: 'HA08-#######' },
  { brand: 'Honda', model: 'Cub 50', kind: 'moto', wmi: 'RLH', vds: 'C5001', plant: 'Y', engine: 'C50E-#######', from: 1995, to: 2004, weight: 3, oldFrame: 'C50-#######' },
  { brand: 'Honda', model: 'Wave Alpha', kind: 'moto', wmi: 'RLH', vds: 'JA391', plant: 'Y', engine: 'JA39E-#######', from: 2002, to: 2025, weight: 14, oldFrame: 'JA05-#######' },
  { brand: 'Honda', model: 'Wave RSX', kind: 'moto', wmi: 'RLH', vds: 'JC521', plant: 'Y', engine: 'JC52E-#######', from: 2008, to: 2025, weight: 5 },
  { brand: 'Honda', model: 'Future 125', kind: 'moto', wmi: 'RLH', vds: 'JC731', plant: 'Y', engine: 'JC73E-#######', from: 2005, to: 2025, weight: 5 },
  { brand: 'Honda', model: 'Vision', kind: 'moto', wmi: 'RLH', vds: 'JF581', plant: 'Y', engine: 'JF58E-#######', from: 2011, to: 2025, weight: 12 },
  { brand: 'Honda', model: 'Air Blade', kind: 'moto', wmi: 'RLH', vds: 'JF632', plant: 'Y', engine: 'JF63E-#######', from: 2008, to: 2025, weight: 9 },
  { brand: 'Honda', model: 'Lead', kind: 'moto', wmi: 'RLH', vds: 'JF451', plant: 'Y', engine: 'JF45E-#######', from: 2009, to: 2025, weight: 6 },
  { brand: 'Honda', model: 'SH 125i', kind: 'moto', wmi: 'RLH', vds: 'JF721', plant: 'Y', engine: 'JF72E-#######', from: 2012, to: 2025, weight: 4 },
  { brand: 'Honda', model: 'SH 150i', kind: 'moto', wmi: 'ZDC', vds: 'KF081', plant: 'A', engine: 'KF08E-#######', from: 2005, to: 2012, weight: 1 },
  { brand: 'Honda', model: 'Vario 150', kind: 'moto', wmi: 'MH1', vds: 'KF411', plant: 'K', engine: 'KF41E-#######', from: 2016, to: 2025, weight: 1 },
  // Yamaha Motor Vietnam.
  { brand: 'Yamaha', model: 'Sirius', kind: 'moto', wmi: 'RLC', vds: '5C640', plant: 'Y', engine: '5C64-######', from: 2003, to: 2025, weight: 9 },
  { brand: 'Yamaha', model: 'Jupiter', kind: 'moto', wmi: 'RLC', vds: '5VT10', plant: 'Y', engine: '5VT1-######', from: 2002, to: 2018, weight: 3 },
  { brand: 'Yamaha', model: 'Exciter 150', kind: 'moto', wmi: 'RLC', vds: 'G3D4E', plant: 'Y', engine: 'G3D4E-######', from: 2015, to: 2025, weight: 4 },
  { brand: 'Yamaha', model: 'Janus', kind: 'moto', wmi: 'RLC', vds: '2PV10', plant: 'Y', engine: 'E3R2E-######', from: 2016, to: 2025, weight: 3 },
  { brand: 'Yamaha', model: 'Grande', kind: 'moto', wmi: 'RLC', vds: 'BFD10', plant: 'Y', engine: 'E33VE-######', from: 2017, to: 2025, weight: 2 },
  { brand: 'Piaggio', model: 'Vespa Sprint', kind: 'moto', wmi: 'RP8', vds: 'M4710', plant: 'V', engine: 'M474M-#######', from: 2014, to: 2025, weight: 1 },
  // Electric two-wheelers (plates in the MĐ series).
  { brand: 'VinFast', model: 'Klara S', kind: 'emoto', wmi: 'RLL', vds: 'V3KLS', plant: 'H', engine: 'VKS@-######', from: 2019, to: 2025, weight: 2 },
  { brand: 'VinFast', model: 'Evo200', kind: 'emoto', wmi: 'RLL', vds: 'V3EV2', plant: 'H', engine: 'VE2@-######', from: 2022, to: 2025, weight: 2 },
  { brand: 'VinFast', model: 'Feliz S', kind: 'emoto', wmi: 'RLL', vds: 'V3FLS', plant: 'H', engine: 'VFZ@-######', from: 2022, to: 2025, weight: 1 },
  // Cars.
  { brand: 'Toyota', model: 'Corolla', kind: 'car', wmi: 'RL4', vds: 'AE111', plant: 'P', engine: '4A-@######', from: 1995, to: 2007, weight: 2 },
  { brand: 'Daewoo', model: 'Matiz', kind: 'car', wmi: 'KLA', vds: 'MA48S', plant: 'C', engine: 'F8CV-@######', from: 1997, to: 2009, weight: 1.5 },
  { brand: 'Toyota', model: 'Vios', kind: 'car', wmi: 'RL4', vds: 'BT9F3', plant: 'P', engine: '1NZ-@######', from: 2003, to: 2016, weight: 3 },
  { brand: 'Toyota', model: 'Vios', kind: 'car', wmi: 'RL4', vds: 'B1BF3', plant: 'P', engine: '2NR-@######', from: 2017, to: 2025, weight: 3 },
  { brand: 'Toyota', model: 'Innova', kind: 'car', wmi: 'RL4', vds: 'TGN40', plant: 'P', engine: '1TR-#######', from: 2006, to: 2022, weight: 2 },
  { brand: 'Toyota', model: 'Corolla Altis', kind: 'car', wmi: 'RL4', vds: 'ZZE14', plant: 'P', engine: '2ZR-@######', from: 2008, to: 2022, weight: 1 },
  { brand: 'Toyota', model: 'Fortuner', kind: 'car', wmi: 'MR0', vds: 'GN156', plant: 'T', engine: '2GD-@######', from: 2017, to: 2025, weight: 1 },
  { brand: 'Toyota', model: 'Camry', kind: 'car', wmi: 'JTN', vds: 'BF3HK', plant: 'J', engine: '2AR-@######', from: 2012, to: 2025, weight: 0.5 },
  { brand: 'Ford', model: 'Ranger', kind: 'car', wmi: 'MNC', vds: 'LMFF8', plant: 'W', engine: 'QJ2R-@#####', from: 2012, to: 2025, weight: 1.5 },
  { brand: 'Ford', model: 'Ranger', kind: 'car', wmi: 'RL0', vds: 'LMFF8', plant: 'H', engine: 'YN2S-@#####', from: 2023, to: 2025, weight: 1 },
  { brand: 'Ford', model: 'Everest', kind: 'car', wmi: 'RL0', vds: 'UMFE8', plant: 'H', engine: 'YN2S-@#####', from: 2009, to: 2025, weight: 1 },
  { brand: 'Ford', model: 'Transit', kind: 'car', wmi: 'RL0', vds: 'TFAC6', plant: 'H', engine: 'QVFA-@#####', from: 2005, to: 2025, weight: 1 },
  { brand: 'Hyundai', model: 'Grand i10', kind: 'car', wmi: 'RLU', vds: 'A51CA', plant: 'N', engine: 'G4LA-@######', from: 2017, to: 2025, weight: 2 },
  { brand: 'Hyundai', model: 'Accent', kind: 'car', wmi: 'KMH', vds: 'CT41C', plant: 'U', engine: 'G4FC-@######', from: 2011, to: 2018, weight: 1 },
  { brand: 'Kia', model: 'Morning', kind: 'car', wmi: 'RNY', vds: 'TA51B', plant: 'T', engine: 'G4HG-@######', from: 2008, to: 2025, weight: 2 },
  { brand: 'Mazda', model: 'Mazda 3', kind: 'car', wmi: 'RP9', vds: 'BM5FB', plant: 'T', engine: 'PY-#######', from: 2014, to: 2025, weight: 1.5 },
  { brand: 'VinFast', model: 'Fadil', kind: 'car', wmi: 'RLL', vds: 'VFA1A', plant: 'H', engine: 'B14X@-######', from: 2019, to: 2022, weight: 1.5 },
  { brand: 'VinFast', model: 'Lux A2.0', kind: 'car', wmi: 'RLL', vds: 'VLA2A', plant: 'H', engine: 'N20@-######', from: 2019, to: 2022, weight: 0.5 },
  { brand: 'VinFast', model: 'VF e34', kind: 'car', wmi: 'RLL', vds: 'VE34A', plant: 'H', engine: 'VE34-#######', from: 2021, to: 2023, weight: 0.7 },
  { brand: 'VinFast', model: 'VF 5', kind: 'car', wmi: 'RLL', vds: 'VF5AA', plant: 'H', engine: 'VF5M-#######', from: 2023, to: 2025, weight: 2 },
  { brand: 'VinFast', model: 'VF 3', kind: 'car', wmi: 'RLL', vds: 'VF3AA', plant: 'H', engine: 'VF3M-#######', from: 2024, to: 2025, weight: 1.5 },
  { brand: 'Mercedes-Benz', model: 'C 200', kind: 'car', wmi: 'WDD', vds: 'WF4KB', plant: 'F', engine: '274920-@#######', from: 2010, to: 2025, weight: 0.4 },
];

export const COLORS: Record<VehicleKind, readonly (readonly [string, number])[]> = {
  moto: [
    ['Đen', 18], ['Đỏ', 14], ['Trắng', 12], ['Xanh', 10], ['Đỏ - Đen', 8], ['Trắng - Đen', 6], ['Bạc', 6],
    ['Xám', 5], ['Xanh - Đen', 5], ['Vàng', 2], ['Nâu', 3], ['Đen - Bạc', 4], ['Trắng - Xanh', 3],
  ],
  emoto: [['Trắng', 5], ['Đỏ', 4], ['Xanh', 4], ['Đen', 3], ['Vàng', 2], ['Xám', 2]],
  car: [['Trắng', 20], ['Đen', 16], ['Bạc', 12], ['Xám', 10], ['Đỏ', 8], ['Xanh', 6], ['Nâu', 4], ['Vàng', 2], ['Cát', 2]],
};

/** Share of each kind among registrations of a given year: cars and electric bikes grow over time. */
export function kindWeights(year: number): readonly (readonly [VehicleKind, number])[] {
  // One table per year, so weighted picks can cache their cumulative weights.
  let table = kindTables.get(year);
  if (table === undefined) {
    const carShare = year < 2005 ? 0.04 : year < 2015 ? 0.1 : 0.18;
    const eShare = year < 2019 ? 0 : year < 2022 ? 0.03 : 0.07;
    table = [
      ['moto', 1 - carShare - eShare],
      ['car', carShare],
      ['emoto', eShare],
    ];
    kindTables.set(year, table);
  }
  return table;
}

const kindTables = new Map<number, readonly (readonly [VehicleKind, number])[]>();

/** ISO 3779 model-year code for VIN position 10 (30-year cycle, no I, O, Q, U, Z, 0). */
export function modelYearCode(year: number): string {
  const codes = 'ABCDEFGHJKLMNPRSTVWXY123456789';
  return codes[(((year - 1980) % 30) + 30) % 30];
}
