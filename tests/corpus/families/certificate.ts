/**
 * `certificate`: a dossier of certificate copies (giấy chứng nhận đăng ký xe): a small card or A6 copy on an A4
 * sheet, sideways, landscape or cropped to the card, photocopy contrast, capitals. No citizen ID on paper.
 */
import { createRng } from '../rng';
import { A4, centre, type Doc } from './doc';
import { assemble, type Sheet } from './assemble';
import { CERT_FIELDS, certificateSheet } from './cert-card';
import { familyRecord } from './record';
import { labelFace, typedFace } from './styles';
import type { Family, FamilyDossier, FamilyOptions, Split } from './types';

async function generate(seed: number, split: Split, options: FamilyOptions = {}): Promise<FamilyDossier> {
  const rec = familyRecord(seed);
  const rng = createRng(seed).fork(`certificate-${split}`);
  const sheets: Sheet[] = [certificateSheet(rec, split, rng)];
  if (rng.chance(0.4)) {
    // The card's back, copied on its own sheet: rules for the owner, no fields.
    const L = { family: labelFace(rng, split), size: 40 };
    const back: Doc = {
      ...A4, margin: 300, top: 400, paper: '#f7f6f2', label: L, leader: 'none', lineH: 80, border: false,
      hand: { look: { family: typedFace(rng, split), size: 40 }, handwritten: false, jitter: 0, tilt: 0 },
      blocks: [
        centre('CHỦ XE CẦN BIẾT', { ...L, size: 52, bold: true }, 20),
        { kind: 'text', text: '1. Mang theo giấy này khi điều khiển xe.', align: 'left', look: L },
        { kind: 'text', text: '2. Khi bán, cho, tặng xe phải làm thủ tục thu hồi.', align: 'left', look: L },
        { kind: 'text', text: '3. Mất giấy đăng ký phải báo ngay cơ quan đăng ký.', align: 'left', look: L },
      ],
    };
    sheets.push({ kind: 'blank', doc: back, photocopy: true });
  }
  return assemble({ family: 'certificate', split, seed, record: rec, clean: options.clean, onPaper: CERT_FIELDS, sheets, extraChance: 0.2 });
}

export const certificate: Family = { name: 'certificate', generate };
