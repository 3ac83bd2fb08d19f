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
  const { html, width, height } = cardHtml(model, side, truth, style, r, fontFaceCss());
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
