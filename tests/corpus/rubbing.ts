/**
 * A pencil rubbing (bản cà số) of a stamped serial as pasted on the declaration form: a strip of thin paper
 * shaded with graphite; the punched characters stay light where the pencil could not reach them (or come out
 * dark on a raised plate), with a dark edge on one side, broken strokes and hatching crossing everything.
 */
import type { Rng } from './rng';
import { STAMP_FONTS } from './fonts';
import { noiseTiles } from './noise-tiles';
import { measureText, svgText, type Box } from './svg-kit';

export interface Rubbing {
  svg: string;
  /** Where the serial's characters are, in page pixels, ignoring the strip's small tilt. */
  textBox: Box;
}

let counter = 0;

/** Renders `serial` as a rubbing centred in `area`, stamped in one of `fonts`. */
export async function renderRubbing(serial: string, area: Box, rng: Rng, fonts: readonly string[] = STAMP_FONTS): Promise<Rubbing> {
  const id = `rub${counter++}`;
  const family = rng.pick(fonts);
  const spacing = rng.int(4, 14);
  let size = rng.int(64, 84);
  let width = await measureText(serial, { family, size, bold: true, spacing });
  const maxTextW = area.w - 160;
  if (width > maxTextW) {
    size = Math.floor((size * maxTextW) / width);
    width = await measureText(serial, { family, size, bold: true, spacing });
  }
  const stripW = Math.min(area.w - 40, width + rng.int(90, 200));
  const stripH = Math.min(area.h - 40, size * 2 + rng.int(20, 70));
  const sx = area.x + (area.w - stripW) / 2 + rng.int(-20, 20);
  const sy = area.y + (area.h - stripH) / 2 + rng.int(-10, 10);
  const tx = sx + (stripW - width) / 2;
  const baseline = sy + stripH / 2 + size * 0.36;
  const tilt = rng.range(-2.5, 2.5);
  const recessed = rng.chance(0.75);
  const graphite = rng.int(0x68, 0x92);
  const g = graphite.toString(16).padStart(2, '0');
  const tiles = await noiseTiles();
  const hatchAngle = rng.int(20, 70);
  const textStyle = { family, size, bold: true, spacing };
  const light = { ...textStyle, fill: '#e4e1d8' };
  const dark = { ...textStyle, fill: '#2e2e2e' };
  const edge = recessed ? { ...dark, opacity: 0.85 } : { ...light, opacity: 0.7 };
  const face = recessed ? light : { ...dark, fill: '#3a3a3a' };
  const cx = sx + stripW / 2;
  const cy = sy + stripH / 2;
  const svg = [
    `<defs>`,
    `<pattern id="${id}n" width="${tiles.size}" height="${tiles.size}" patternUnits="userSpaceOnUse" patternTransform="translate(${rng.int(0, 255)} ${rng.int(0, 255)})">`,
    `<image href="${tiles.mottle}" width="${tiles.size}" height="${tiles.size}"/></pattern>`,
    `<pattern id="${id}s" width="${tiles.size}" height="${tiles.size}" patternUnits="userSpaceOnUse" patternTransform="translate(${rng.int(0, 255)} ${rng.int(0, 255)})">`,
    `<image href="${tiles.speck}" width="${tiles.size}" height="${tiles.size}"/></pattern>`,
    `<clipPath id="${id}c"><rect x="${sx + 12}" y="${sy + 10}" width="${stripW - 24}" height="${stripH - 20}"/></clipPath>`,
    `<linearGradient id="${id}f" x1="0" x2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.55"/>`,
    `<stop offset="0.15" stop-color="#fff" stop-opacity="0"/><stop offset="0.85" stop-color="#fff" stop-opacity="0"/>`,
    `<stop offset="1" stop-color="#fff" stop-opacity="0.5"/></linearGradient>`,
    `</defs>`,
    `<g transform="rotate(${tilt.toFixed(2)} ${cx.toFixed(1)} ${cy.toFixed(1)})">`,
    `<rect x="${sx}" y="${sy}" width="${stripW}" height="${stripH}" fill="#eeebe3" stroke="#b8b4aa" stroke-width="2"/>`,
    `<rect x="${sx + 12}" y="${sy + 10}" width="${stripW - 24}" height="${stripH - 20}" fill="#${g}${g}${g}" fill-opacity="0.9"/>`,
    hatch(sx, sy, stripW, stripH, hatchAngle, `${id}c`, rng),
    `<rect x="${sx + 12}" y="${sy + 10}" width="${stripW - 24}" height="${stripH - 20}" fill="url(#${id}n)"/>`,
    svgText(serial, tx + 3, baseline + 3, edge),
    svgText(serial, tx, baseline, face),
    `<rect x="${sx + 12}" y="${sy + 10}" width="${stripW - 24}" height="${stripH - 20}" fill="url(#${id}s)" fill-opacity="${rng.range(0.5, 0.9).toFixed(2)}"/>`,
    `<rect x="${sx}" y="${sy}" width="${stripW}" height="${stripH}" fill="url(#${id}f)"/>`,
    `</g>`,
  ].join('');
  return { svg, textBox: { x: Math.round(tx), y: Math.round(baseline - size * 0.8), w: Math.round(width), h: Math.round(size) } };
}

/** Pencil strokes as one path of parallel lines (a pattern fill costs ~130 ms in librsvg). */
function hatch(x: number, y: number, w: number, h: number, angleDeg: number, clipId: string, rng: Rng): string {
  const pitch = rng.int(9, 14);
  const dx = h / Math.tan((angleDeg * Math.PI) / 180);
  const segs: string[] = [];
  for (let u = x - dx; u < x + w; u += pitch) segs.push(`M${u.toFixed(1)} ${y + h}L${(u + dx).toFixed(1)} ${y}`);
  const width = rng.int(3, 6);
  const alpha = rng.range(0.15, 0.35).toFixed(2);
  return `<path clip-path="url(#${clipId})" d="${segs.join('')}" stroke="#333" stroke-width="${width}" stroke-opacity="${alpha}" fill="none"/>`;
}
