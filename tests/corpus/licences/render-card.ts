/**
 * Renders a licence card's HTML with headless Chromium (the corpus fonts only, served from a private origin)
 * into RGBA pixels: transparent outside the card's rounded corners, so it can be laid on a scanner glass or a
 * table. One browser per process; call closeCardRenderer() when done.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromium, type Browser } from 'playwright-core';
import { FONTS_DIR } from '../fonts';
import { FONT_ORIGIN, fontFaceCss } from '../families/html-fonts';
import type { Rng } from '../rng';
import { cardHtml } from './card-html';
import type { CardStyle } from './card-style';
import type { CardModel, CardSide, LicenceTruth } from './truth';

let browser: Promise<Browser> | null = null;

/** Faces only the new held-out split prints (resources/fonts, npm @fontsource 5.3.0), beside the shared ones. */
const HELDOUT_FACES: Record<string, string> = { lora: 'Lora', 'be-vietnam-pro': 'Be Vietnam Pro' };
const SUBSET: Record<string, string> = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
};
const cardFontCss = (): string =>
  [fontFaceCss(), ...Object.entries(HELDOUT_FACES).flatMap(([file, face]) => Object.entries(SUBSET).flatMap(([subset, range]) => ['400', '700'].map(
    (w) => `@font-face{font-family:'${face}';font-weight:${w};src:url(${FONT_ORIGIN}/fonts/${file}-${subset}-${w}.ttf);unicode-range:${range}}`)))].join('\n');

export async function closeCardRenderer(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b).close();
}

export interface CardPixels {
  data: Buffer;
  width: number;
  height: number;
}

/** The card at `dpi` as raw RGBA. */
export async function renderCard(model: CardModel, side: CardSide, truth: LicenceTruth, style: CardStyle, r: Rng, dpi: number): Promise<CardPixels> {
  browser ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--font-render-hinting=none'],
  });
  const { html, width, height } = cardHtml(model, side, truth, style, r, cardFontCss());
  const context = await (await browser).newContext({ viewport: { width, height }, deviceScaleFactor: dpi / 300 });
  try {
    const page = await context.newPage();
    await page.route(`${FONT_ORIGIN}/**`, (route) => {
      const url = route.request().url();
      if (url.startsWith(`${FONT_ORIGIN}/fonts/`)) return route.fulfill({ body: readFileSync(join(FONTS_DIR, url.slice(FONT_ORIGIN.length + 7))), contentType: 'font/ttf' });
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    });
    await page.goto(`${FONT_ORIGIN}/card.html`);
    await page.waitForSelector('body[data-ready="1"]');
    const png = await page.screenshot({ type: 'png', omitBackground: true });
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } finally {
    await context.close();
  }
}
