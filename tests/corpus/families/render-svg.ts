/** Draws a Doc as SVG (librsvg through sharp): the dev split's renderer. Units: pixels at 300 dpi. */
import type { Rng } from '../rng';
import { renderRubbing } from '../rubbing';
import { renderStamp } from '../stamp';
import { signature } from '../form-page';
import { measureText, svgText, type TextStyle } from '../svg-kit';
import type { Cell, Doc, Leader, Look } from './doc';
import type { FieldBox } from './types';

const style = (l: Look): TextStyle => ({ family: l.family, size: l.size, bold: l.bold, italic: l.italic, fill: l.fill ?? '#161616' });

export function leaderSvg(kind: Leader, x1: number, x2: number, y: number): string {
  if (kind === 'none' || x2 - x1 < 14) return '';
  const dash = kind === 'dotted' ? 'stroke-dasharray="0.1 12" stroke-linecap="round" stroke-width="3.5"' : kind === 'dashed' ? 'stroke-dasharray="14 9" stroke-width="2.5"' : 'stroke-width="2"';
  return `<line x1="${x1.toFixed(1)}" y1="${y}" x2="${x2.toFixed(1)}" y2="${y}" stroke="#222" ${dash}/>`;
}

interface Ctx { doc: Doc; rng: Rng; out: string[]; boxes: FieldBox[] }

/** A value written from x, shrunk to end before x2, with the hand's wobble; records its box. */
async function value(c: Ctx, cell: Cell, x: number, x2: number, baseline: number): Promise<void> {
  if (!cell.value) return;
  const { hand } = c.doc;
  let s = style(hand.look);
  s.fill = hand.look.fill ?? '#101010';
  let w = await measureText(cell.value, s);
  const room = Math.max(40, x2 - x - 10);
  if (w > room) {
    s = { ...s, size: Math.floor((s.size * room) / w) };
    w = await measureText(cell.value, s);
  }
  const y = baseline + c.rng.range(-hand.jitter, hand.jitter);
  c.out.push(svgText(cell.value, x, y, s, c.rng.range(-hand.tilt, hand.tilt)));
  if (cell.field) c.boxes.push({ field: cell.field, box: { x: Math.round(x), y: Math.round(y - s.size * 0.8), w: Math.round(w), h: Math.round(s.size * 1.05) }, text: cell.value });
}

async function labelFit(text: string, look: Look, room: number): Promise<TextStyle> {
  const s = style(look);
  const w = await measureText(text, s);
  return w > room ? { ...s, size: Math.floor((s.size * room) / w) } : s;
}

function cellSpans(cells: Cell[], left: number, right: number): [number, number][] {
  const total = cells.reduce((a, c) => a + (c.share ?? 1), 0);
  let x = left;
  return cells.map((c) => {
    const w = ((right - left) * (c.share ?? 1)) / total;
    const span: [number, number] = [x, x + w];
    x += w;
    return span;
  });
}

/** The page body (no background) and where each value went. */
export async function renderSvgDoc(doc: Doc, rng: Rng): Promise<{ svg: string; boxes: FieldBox[] }> {
  const c: Ctx = { doc, rng, out: [], boxes: [] };
  const { out } = c;
  const L = doc.margin;
  const R = doc.width - doc.margin;
  const lab = style(doc.label);
  let y = doc.top;
  if (doc.border) out.push(`<rect x="14" y="14" width="${doc.width - 28}" height="${doc.height - 28}" fill="none" stroke="#333" stroke-width="6"/>`);
  for (const b of doc.blocks) {
    if (b.kind === 'text') {
      y += b.look.size;
      const x = b.align === 'center' ? doc.width / 2 : b.align === 'left' ? L : R;
      out.push(svgText(b.text, x, y, style(b.look), 0, b.align === 'center' ? 'middle' : b.align === 'left' ? 'start' : 'end'));
      y += b.look.size * 0.45 + (b.after ?? 0);
    } else if (b.kind === 'rule') {
      out.push(`<line x1="${doc.width / 2 - b.width / 2}" y1="${y}" x2="${doc.width / 2 + b.width / 2}" y2="${y}" stroke="#222" stroke-width="3"/>`);
      y += 30;
    } else if (b.kind === 'inline') {
      const base = y + doc.lineH * 0.7;
      for (const [i, [x0, x1]] of cellSpans(b.cells, L, R).entries()) {
        const cell = b.cells[i]!;
        const ls = await labelFit(cell.label, doc.label, (x1 - x0) * 0.7);
        out.push(svgText(cell.label, x0, base, ls));
        const vx = x0 + (await measureText(cell.label, ls)) + 12;
        const end = i === b.cells.length - 1 ? R : x1 - 24;
        out.push(leaderSvg(doc.leader, vx, end, base + 6));
        await value(c, cell, vx + rng.int(8, 30), end, base - 6);
      }
      y += doc.lineH;
    } else if (b.kind === 'under') {
      const b1 = y + doc.lineH * 0.7;
      const b2 = b1 + doc.lineH * 0.9;
      for (const [i, [x0, x1]] of cellSpans(b.cells, L, R).entries()) {
        const cell = b.cells[i]!;
        out.push(svgText(cell.label, x0, b1, await labelFit(cell.label, doc.label, x1 - x0 - 20)));
        const end = i === b.cells.length - 1 ? R : x1 - 30;
        out.push(leaderSvg(doc.leader, x0, end, b2 + 8));
        await value(c, cell, x0 + rng.int(10, 50), end, b2 - 4);
      }
      y += doc.lineH * 1.9;
    } else if (b.kind === 'table') {
      const rowH = Math.round(doc.lineH * 1.2);
      for (const row of b.rows) {
        for (const [i, [x0, x1]] of cellSpans(row, L, R).entries()) {
          const cell = row[i]!;
          const split = x0 + (x1 - x0) * b.labelShare;
          out.push(`<rect x="${x0.toFixed(1)}" y="${y}" width="${(x1 - x0).toFixed(1)}" height="${rowH}" fill="none" stroke="#222" stroke-width="3"/>`);
          out.push(`<line x1="${split.toFixed(1)}" y1="${y}" x2="${split.toFixed(1)}" y2="${y + rowH}" stroke="#222" stroke-width="3"/>`);
          out.push(svgText(cell.label, x0 + 16, y + rowH * 0.64, await labelFit(cell.label, doc.label, split - x0 - 30)));
          await value(c, cell, split + rng.int(16, 30), x1 - 10, y + rowH * 0.66);
        }
        y += rowH;
      }
      y += 30;
    } else if (b.kind === 'rubbings') {
      y += lab.size;
      out.push(svgText(b.title, L, y, { ...lab, bold: true }));
      y += 30;
      const n = b.side ? b.items.length : 1;
      const w = (R - L - (n - 1) * 30) / n;
      const h = b.side ? 460 : 380;
      for (const [i, item] of b.items.entries()) {
        const bx = b.side ? L + i * (w + 30) : L;
        out.push(`<rect x="${bx.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h}" fill="none" stroke="#222" stroke-width="3"/>`);
        out.push(svgText(item.label, bx + 18, y + 52, { ...lab, size: Math.round(lab.size * 0.8) }));
        const rub = await renderRubbing(item.serial, { x: bx, y: y + 64, w, h: h - 64 }, rng.fork(item.field), doc.stampFonts);
        out.push(rub.svg);
        c.boxes.push({ field: `${item.field}_rubbing`, box: rub.textBox, text: item.serial });
        if (!b.side || i === b.items.length - 1) y += h + (b.side ? 0 : 24);
      }
      y += 30;
    } else if (b.kind === 'signatures') {
      const lx = L + (R - L) * 0.22;
      const rx = L + (R - L) * 0.75;
      y += lab.size;
      out.push(svgText(b.left, lx, y, { ...lab, bold: true }, 0, 'middle'), svgText(b.right, rx, y, { ...lab, bold: true }, 0, 'middle'));
      out.push(svgText(b.note, lx, y + lab.size * 1.1, { ...lab, italic: true }, 0, 'middle'), svgText(b.note, rx, y + lab.size * 1.1, { ...lab, italic: true }, 0, 'middle'));
      out.push(signature(lx - 150, y + 200, rng), signature(rx - 150, y + 200, rng));
      if (b.stamp) out.push(renderStamp(lx + rng.int(-60, 60), y + 170, rng));
      y += 320;
    } else {
      y += b.h;
    }
  }
  return { svg: out.join(''), boxes: c.boxes };
}
