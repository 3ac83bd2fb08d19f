/** The red round seal of the registering police unit, pressed over whatever text is beneath it. */
import type { Rng } from './rng';
import { xmlEscape } from './fonts';

const UNITS = ['CÔNG AN QUẬN ĐỐNG ĐA', 'CÔNG AN HUYỆN ĐÔNG ANH', 'CÔNG AN QUẬN CẦU GIẤY', 'CÔNG AN THỊ XÃ TỪ SƠN', 'PHÒNG CẢNH SÁT GIAO THÔNG'];

/** SVG for a seal centred at (cx, cy). */
export function renderStamp(cx: number, cy: number, rng: Rng): string {
  const r = rng.int(200, 250);
  const ink = rng.pick(['#c8102e', '#d0212f', '#b5172b', '#c83a4a']);
  const opacity = rng.range(0.55, 0.85).toFixed(2);
  const ring = `${rng.pick(UNITS)} * ${rng.pick(['TP HÀ NỘI', 'TỈNH BẮC NINH', 'TP HÀ NỘI'])} *`;
  const rot = rng.range(0, 360);
  const parts: string[] = [
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${ink}" stroke-width="10"/>`,
    `<circle cx="${cx}" cy="${cy}" r="${r - 22}" fill="none" stroke="${ink}" stroke-width="4"/>`,
    `<circle cx="${cx}" cy="${cy}" r="${Math.round(r * 0.55)}" fill="none" stroke="${ink}" stroke-width="4"/>`,
  ];
  // librsvg has no textPath: place each letter of the ring text by hand.
  const chars = [...ring];
  const textR = r - 62;
  for (let i = 0; i < chars.length; i++) {
    const a = rot + (i * 360) / chars.length;
    const rad = (a * Math.PI) / 180;
    const x = cx + textR * Math.sin(rad);
    const y = cy - textR * Math.cos(rad);
    parts.push(`<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="DejaVu Sans" font-weight="bold" font-size="38" fill="${ink}" text-anchor="middle" dominant-baseline="middle" transform="rotate(${a.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})">${xmlEscape(chars[i])}</text>`);
  }
  const star = Array.from({ length: 10 }, (_, i) => {
    const rr = i % 2 ? r * 0.16 : r * 0.4;
    const a = (i * Math.PI) / 5;
    return `${(cx + rr * Math.sin(a)).toFixed(1)},${(cy - rr * Math.cos(a)).toFixed(1)}`;
  }).join(' ');
  parts.push(`<polygon points="${star}" fill="${ink}"/>`);
  return `<g opacity="${opacity}">${parts.join('')}</g>`;
}
