/**
 * @font-face rules for headless Chromium, serving resources/fonts from a private origin, so HTML pages render
 * with exactly the corpus faces (never the machine's). Fontsource subsets carry unicode ranges so Chromium
 * picks the Vietnamese subset per character, as fontconfig does for librsvg.
 */
import { readdirSync } from 'node:fs';
import { FONTS_DIR } from '../fonts';

export const FONT_ORIGIN = 'http://corpus.invalid';

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE = 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

const FONTSOURCE: Record<string, string> = {
  tinos: 'Tinos', arimo: 'Arimo', cousine: 'Cousine', 'patrick-hand': 'Patrick Hand', 'dancing-script': 'Dancing Script',
  roboto: 'Roboto', 'noto-serif': 'Noto Serif', 'roboto-mono': 'Roboto Mono', pangolin: 'Pangolin', itim: 'Itim',
};
const DEJAVU: Record<string, [string, number]> = {
  'DejaVuSans.ttf': ['DejaVu Sans', 400], 'DejaVuSans-Bold.ttf': ['DejaVu Sans', 700],
  'DejaVuSerif.ttf': ['DejaVu Serif', 400], 'DejaVuSerif-Bold.ttf': ['DejaVu Serif', 700],
  'DejaVuSansMono-Bold.ttf': ['DejaVu Sans Mono', 700],
};

let css: string | null = null;

/** The CSS declaring every shipped face (built once per process). */
export function fontFaceCss(): string {
  if (css) return css;
  const rules: string[] = [];
  for (const file of readdirSync(FONTS_DIR).sort()) {
    const m = /^([a-z-]+)-(latin|vietnamese)-(\d00)\.ttf$/.exec(file);
    const face = m ? FONTSOURCE[m[1]!] : undefined;
    if (m && face) rules.push(`@font-face{font-family:'${face}';font-weight:${m[3]};src:url(${FONT_ORIGIN}/fonts/${file});unicode-range:${m[2] === 'latin' ? LATIN : VIETNAMESE}}`);
    const dv = DEJAVU[file];
    if (dv) rules.push(`@font-face{font-family:'${dv[0]}';font-weight:${dv[1]};src:url(${FONT_ORIGIN}/fonts/${file})}`);
  }
  css = rules.join('\n');
  return css;
}
