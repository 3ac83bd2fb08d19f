/**
 * Draws a Doc as an HTML/CSS page screenshotted by headless Chromium: the held-out split's renderer, so tables,
 * text flow, hinting and anti-aliasing come from a browser engine the reading pipeline was never tuned on.
 * One browser per process; call closeHtmlRenderer() when done.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromium, type Browser } from 'playwright-core';
import type { Rng } from '../rng';
import { FONTS_DIR, xmlEscape } from '../fonts';
import { renderRubbing } from '../rubbing';
import { renderStamp } from '../stamp';
import { signature } from '../form-page';
import type { Cell, Doc, Look } from './doc';
import type { Raster } from './raster';
import { scaleBoxes } from './raster';
import type { FieldBox } from './types';
import { FONT_ORIGIN, fontFaceCss } from './html-fonts';

let browser: Promise<Browser> | null = null;

export async function closeHtmlRenderer(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close();
}

const font = (l: Look): string =>
  `font-family:'${l.family}';font-size:${l.size}px;font-weight:${l.bold ? 700 : 400};font-style:${l.italic ? 'italic' : 'normal'};color:${l.fill ?? '#161616'}`;

const esc = xmlEscape;

function valueHtml(doc: Doc, cell: Cell, rng: Rng): string {
  const h = doc.hand;
  const attrs = cell.field ? ` data-f="${cell.field}" data-t="${esc(cell.value)}"` : '';
  const moves = `position:relative;top:${rng.range(-h.jitter, h.jitter).toFixed(1)}px;transform:rotate(${rng.range(-h.tilt, h.tilt).toFixed(2)}deg);margin-left:${rng.int(8, 34)}px`;
  return cell.value ? `<span class="v" style="${font(h.look)};${moves}"${attrs}>${esc(cell.value)}</span>` : '';
}

const leaderCss = (doc: Doc): string => (doc.leader === 'none' ? 'none' : `${doc.leader === 'solid' ? 2 : 3}px ${doc.leader} #222`);
const shares = (cells: Cell[]): number[] => {
  const total = cells.reduce((a, c) => a + (c.share ?? 1), 0);
  return cells.map((c) => (100 * (c.share ?? 1)) / total);
};

async function blockHtml(doc: Doc, b: Doc['blocks'][number], rng: Rng): Promise<string> {
  const W = doc.width - 2 * doc.margin;
  switch (b.kind) {
    case 'text':
      return `<div class="t" style="${font(b.look)};text-align:${b.align};margin-bottom:${b.after ?? 0}px">${esc(b.text)}</div>`;
    case 'rule':
      return `<div style="width:${b.width}px;margin:4px auto 26px;border-top:3px solid #222"></div>`;
    case 'inline':
      return `<div class="row" style="height:${doc.lineH}px">${b.cells.map((c, i) => `<div class="cell" style="width:${shares(b.cells)[i]}%"><span class="lab">${esc(c.label)}</span><span class="lead" style="border-bottom:${leaderCss(doc)}">${valueHtml(doc, c, rng)}</span></div>`).join('')}</div>`;
    case 'under':
      return `<div class="row" style="height:${Math.round(doc.lineH * 1.9)}px">${b.cells.map((c, i) => `<div style="width:${shares(b.cells)[i]}%;padding-right:30px"><div class="lab" style="height:${Math.round(doc.lineH * 0.95)}px;display:flex;align-items:flex-end">${esc(c.label)}</div><div class="fill" style="border-bottom:${leaderCss(doc)};height:${Math.round(doc.lineH * 0.85)}px">${valueHtml(doc, c, rng)}</div></div>`).join('')}</div>`;
    case 'table':
      // One fixed-layout table per row (rows differ in their number of cells), borders overlapping.
      return `<div style="margin-bottom:30px">${b.rows.map((row) => `<table><tr style="height:${Math.round(doc.lineH * 1.2)}px">${row.map((c, i) => `<td class="tl" style="width:${(shares(row)[i]! * b.labelShare).toFixed(1)}%">${esc(c.label)}</td><td class="fill" style="width:${(shares(row)[i]! * (1 - b.labelShare)).toFixed(1)}%">${valueHtml(doc, c, rng)}</td>`).join('')}</tr></table>`).join('')}</div>`;
    case 'rubbings': {
      const n = b.side ? b.items.length : 1;
      const w = Math.floor((W - (n - 1) * 30) / n);
      const h = b.side ? 460 : 380;
      const boxes: string[] = [];
      for (const item of b.items) {
        const rub = await renderRubbing(item.serial, { x: 0, y: 0, w, h: h - 64 }, rng.fork(item.field), doc.stampFonts);
        const tb = rub.textBox;
        boxes.push(`<div class="rub" style="width:${w}px;height:${h}px"><div style="font-size:${Math.round(doc.label.size * 0.8)}px;padding:8px 18px">${esc(item.label)}</div><svg data-r="${item.field}_rubbing" data-t="${esc(item.serial)}" data-box="${tb.x},${tb.y},${tb.w},${tb.h}" width="${w}" height="${h - 64}" viewBox="0 0 ${w} ${h - 64}" style="position:absolute;left:0;bottom:0">${rub.svg}</svg></div>`);
      }
      return `<div class="t" style="font-weight:700;margin-top:20px">${esc(b.title)}</div><div style="display:flex;flex-direction:${b.side ? 'row' : 'column'};gap:${b.side ? 30 : 24}px;margin:20px 0 30px">${boxes.join('')}</div>`;
    }
    case 'signatures': {
      const col = (title: string, stamp: boolean): string => `<div style="width:50%;text-align:center;position:relative;height:320px"><div style="font-weight:700">${esc(title)}</div><div style="font-style:italic">${esc(b.note)}</div><svg width="600" height="200" style="position:absolute;left:${W / 4 - 300}px;top:110px">${signature(150, 110, rng)}${stamp ? renderStamp(300, 60, rng) : ''}</svg></div>`;
      return `<div style="display:flex;margin-top:30px">${col(b.left, b.stamp)}${col(b.right, false)}</div>`;
    }
    case 'gap':
      return `<div style="height:${b.h}px"></div>`;
  }
}

/** The page as one HTML document (300-dpi pixel units; the screenshot's scale gives the dpi). */
export async function docHtml(doc: Doc, rng: Rng): Promise<string> {
  const body: string[] = [];
  for (const b of doc.blocks) body.push(await blockHtml(doc, b, rng));
  const css = `*{margin:0;padding:0;box-sizing:border-box}html,body{width:${doc.width}px;height:${doc.height}px;overflow:hidden;background:${doc.paper}}
.page{width:${doc.width}px;height:${doc.height}px;padding:${doc.top}px ${doc.margin}px 0;${font(doc.label)};${doc.border ? 'border:6px solid #333;' : ''}}
.t{white-space:nowrap;line-height:1.35}.row{display:flex;align-items:flex-end}.cell{display:flex;align-items:baseline;padding-right:24px;white-space:nowrap;min-width:0}
.lab{white-space:nowrap}.lead{flex:1;min-width:0;margin-left:12px;white-space:nowrap;overflow:visible;padding-bottom:2px}.v{display:inline-block;white-space:nowrap}
.fill{white-space:nowrap;overflow:visible}table{width:100%;border-collapse:collapse;table-layout:fixed;margin-top:-3px}td{border:3px solid #222;padding:0 16px;white-space:nowrap;overflow:hidden}
.rub{position:relative;border:3px solid #222}`;
  // Values too long for their room shrink, as a typist picks a smaller size; in a table cell they wrap instead.
  const fit = `for(const v of document.querySelectorAll('.v')){const p=v.parentElement;const room=p.clientWidth-(v.offsetLeft-p.offsetLeft)-12;if(v.offsetWidth>room&&room>40&&p.tagName==='TD'&&room/v.offsetWidth<0.75){v.style.whiteSpace='normal';v.style.width=room+'px';v.style.lineHeight='1.15'}else if(v.offsetWidth>room&&room>40){v.style.fontSize=(parseFloat(getComputedStyle(v).fontSize)*room/v.offsetWidth).toFixed(1)+'px'}}for(const t of document.querySelectorAll('.tl')){if(t.scrollWidth>t.clientWidth){t.style.fontSize=(parseFloat(getComputedStyle(t).fontSize)*(t.clientWidth-34)/(t.scrollWidth-32)).toFixed(1)+'px'}}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${fontFaceCss()}\n${css}</style></head><body><div class="page">${body.join('')}</div><script>document.fonts.ready.then(()=>{${fit};document.body.dataset.ready='1'})</script></body></html>`;
}

/** The Doc screenshotted by Chromium at `dpi`, with the boxes the browser laid the values out in. */
export async function rasterHtml(doc: Doc, rng: Rng, dpi: number): Promise<Raster> {
  browser ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--font-render-hinting=none'],
  });
  const html = await docHtml(doc, rng);
  const k = dpi / 300;
  const context = await (await browser).newContext({ viewport: { width: doc.width, height: doc.height }, deviceScaleFactor: k });
  try {
    const page = await context.newPage();
    await page.route(`${FONT_ORIGIN}/**`, (route) => {
      const url = route.request().url();
      if (url.startsWith(`${FONT_ORIGIN}/fonts/`)) return route.fulfill({ body: readFileSync(join(FONTS_DIR, url.slice(FONT_ORIGIN.length + 7))), contentType: 'font/ttf' });
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    });
    await page.goto(`${FONT_ORIGIN}/page.html`);
    await page.waitForSelector('body[data-ready="1"]');
    // A script string: the node tsconfig has no DOM types.
    const boxes = (await page.evaluate(`(() => {
      const out = [];
      for (const el of document.querySelectorAll('[data-f]')) {
        const r = el.getBoundingClientRect();
        out.push({ field: el.dataset.f, box: { x: r.x, y: r.y, w: r.width, h: r.height }, text: el.dataset.t });
      }
      for (const el of document.querySelectorAll('svg[data-r]')) {
        const r = el.getBoundingClientRect();
        const [x, y, w, h] = el.dataset.box.split(',').map(Number);
        out.push({ field: el.dataset.r, box: { x: r.x + x, y: r.y + y, w, h }, text: el.dataset.t });
      }
      return out;
    })()`)) as FieldBox[];
    const png = await page.screenshot({ type: 'png' });
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, boxes: scaleBoxes(boxes, k) };
  } finally {
    await context.close();
  }
}
