/**
 * A licence card as HTML (300-dpi pixel units): the pink paper licence (bìa giấy, issued before 2012, the open
 * inner side ~120×85 mm) and the PET card (ID-1, 85.6×54 mm, since 2013), front and back. Chromium lays it out
 * (render-card.ts), so text flow and anti-aliasing come from a browser, as in the held-out vehicle pages.
 */
import { xmlEscape as esc } from '../fonts';
import type { Rng } from '../rng';
import type { CardStyle } from './card-style';
import { dmy, type CardModel, type CardSide, type LicenceTruth } from './truth';

const MM = 300 / 25.4;
const PT = 300 / 72;
export const CARD_MM: Record<CardModel, { w: number; h: number }> = { paper: { w: 120, h: 85 }, pet: { w: 85.6, h: 54 } };

export const cardPixels = (model: CardModel): { width: number; height: number } => ({
  width: Math.round(CARD_MM[model].w * MM),
  height: Math.round(CARD_MM[model].h * MM),
});

type Label = 'no' | 'name' | 'birth' | 'nation' | 'address' | 'class' | 'expires' | 'issued';
const WORDS: Record<CardStyle['wording'], Record<Label, string>> = {
  vi: { no: 'Số:', name: 'Họ tên:', birth: 'Sinh ngày:', nation: 'Quốc tịch:', address: 'Nơi cư trú:', class: 'Hạng:', expires: 'Có giá trị đến:', issued: 'Ngày cấp:' },
  bilingual: { no: 'Số/No:', name: 'Họ tên/Full name:', birth: 'Ngày sinh/Date of birth:', nation: 'Quốc tịch/Nationality:', address: 'Nơi cư trú/Address:', class: 'Hạng/Class:', expires: 'Có giá trị đến/Expires:', issued: 'Ngày cấp/Date of issue:' },
  upper: { no: 'SỐ/NO:', name: 'HỌ TÊN/FULL NAME:', birth: 'NGÀY SINH/DATE OF BIRTH:', nation: 'QUỐC TỊCH/NATIONALITY:', address: 'NƠI CƯ TRÚ/ADDRESS:', class: 'HẠNG/CLASS:', expires: 'CÓ GIÁ TRỊ ĐẾN/EXPIRES:', issued: 'NGÀY CẤP/DATE OF ISSUE:' },
  long: { no: 'Giấy phép lái xe số:', name: 'Họ và tên / Full name:', birth: 'Ngày, tháng, năm sinh / Date of birth:', nation: 'Quốc tịch / Nationality:', address: 'Nơi cư trú / Address:', class: 'Hạng / Class:', expires: 'Có giá trị đến / Expires:', issued: 'Ngày cấp / Issued on:' },
};

const date = (s: CardStyle, iso: string): string => dmy(iso).split('/').join(s.dateSep);

function field(s: CardStyle, label: Label, value: string): string {
  const lab = `<span class="l">${esc(WORDS[s.wording][label])}</span>`;
  const val = `<span class="v">${esc(value)}</span>`;
  // An address runs over two lines, as printed; other values stay on one (shrunk to fit).
  const wrap = label === 'address' ? ' a' : '';
  return s.layout === 'under' ? `<div class="f u${wrap}">${lab}<br>${val}</div>` : `<div class="f${wrap}">${lab} ${val}</div>`;
}

function signedLine(s: CardStyle, t: LicenceTruth): string {
  const [y, m, d] = t.issued_on.split('-');
  const place = t.issued_by.includes('Bắc Ninh') ? 'Bắc Ninh' : 'Hà Nội';
  return s.issued === 'signed'
    ? `<div class="f c">${place}, ngày ${d} tháng ${m} năm ${y}</div>`
    : field(s, 'issued', date(s, t.issued_on));
}

const photo = (x: number, y: number, w: number, h: number): string =>
  `<div style="position:absolute;left:${x}px;top:${y}px;width:${w}px;height:${h}px;background:linear-gradient(#b9c3cf,#8d99a8);border:2px solid #666">
   <div style="margin:${h * 0.18}px auto 0;width:${w * 0.42}px;height:${w * 0.42}px;border-radius:50%;background:#5d6673"></div>
   <div style="margin:${h * 0.05}px auto 0;width:${w * 0.8}px;height:${h * 0.3}px;border-radius:${w * 0.4}px ${w * 0.4}px 0 0;background:#5d6673"></div></div>`;

const seal = (x: number, y: number, r: Rng): string =>
  `<div style="position:absolute;left:${x}px;top:${y}px;width:190px;height:190px;border:5px solid rgba(200,30,40,.55);border-radius:50%;transform:rotate(${r.int(-30, 30)}deg)">
   <div style="margin:60px 18px;border-top:3px solid rgba(200,30,40,.5);border-bottom:3px solid rgba(200,30,40,.5);height:60px"></div></div>`;

function paperFront(s: CardStyle, t: LicenceTruth, r: Rng, W: number): string {
  return `${photo(70, 250, 300, 400)}
  <div class="c" style="position:absolute;left:10px;top:680px;width:430px">${field({ ...s, layout: s.wording === 'long' ? 'under' : s.layout }, 'no', t.licence_no)}</div>
  <div style="position:absolute;left:440px;top:40px;width:${W - 480}px">
    <div class="h" style="font-size:${7 * PT}px">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
    <div class="h" style="font-size:${6 * PT}px;font-weight:400">Độc lập - Tự do - Hạnh phúc</div>
    <div class="h" style="font-size:${12 * PT}px;color:#b3202a;margin:18px 0 20px">GIẤY PHÉP LÁI XE</div>
    ${field(s, 'name', t.full_name)}${field(s, 'birth', date(s, t.birth_date))}${field(s, 'nation', 'Việt Nam')}
    ${field(s, 'address', t.address)}${field(s, 'class', t.class)}${field(s, 'expires', t.valid_until ? date(s, t.valid_until) : 'Không thời hạn')}
    ${signedLine(s, t)}<div class="f c" style="font-weight:700">GIÁM ĐỐC</div></div>${seal(W - 560, 760, r)}`;
}

function petFront(s: CardStyle, t: LicenceTruth, r: Rng, W: number): string {
  return `<div class="h" style="font-size:${5 * PT}px;margin-top:10px">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
  <div class="h" style="font-size:${4.5 * PT}px;font-weight:400">Độc lập - Tự do - Hạnh phúc</div>
  <div class="h" style="font-size:${7.5 * PT}px;color:#b3202a;margin-top:4px">GIẤY PHÉP LÁI XE / DRIVER'S LICENSE</div>
  ${photo(36, 200, 210, 280)}
  <div style="position:absolute;left:270px;top:${s.layout === 'under' ? 150 : 175}px;width:${W - 300}px">
    ${field(s, 'no', t.licence_no)}${field(s, 'name', t.full_name)}${field(s, 'birth', date(s, t.birth_date))}
    ${s.layout === 'under' ? '' : field(s, 'nation', 'VIỆT NAM')}${field(s, 'address', t.address)}
    <div style="display:flex;gap:30px"><div>${field(s, 'class', t.class)}</div><div style="flex:1;min-width:0">${field(s, 'expires', t.valid_until ? date(s, t.valid_until) : 'Không thời hạn')}</div></div>
    </div><div style="position:absolute;left:20px;right:20px;bottom:14px">${signedLine(s, t)}</div>${seal(W - 260, 420, r)}`;
}

const CLASS_ROWS: [string, string][] = [
  ['A1', 'Xe mô tô hai bánh có dung tích xi-lanh từ 50 cm3 đến dưới 175 cm3'],
  ['A2', 'Xe mô tô hai bánh có dung tích xi-lanh từ 175 cm3 trở lên'],
  ['B1', 'Ô tô chở người đến 9 chỗ ngồi, không kinh doanh vận tải'],
  ['B2', 'Ô tô chở người đến 9 chỗ ngồi, ô tô tải dưới 3.500 kg'],
  ['C', 'Ô tô tải, máy kéo có trọng tải từ 3.500 kg trở lên'],
];

function back(s: CardStyle, t: LicenceTruth, model: CardModel): string {
  const rows = CLASS_ROWS.map(([c, d]) => `<tr><td>${c}</td><td>${esc(d)}</td><td>${c === t.class ? date(s, t.issued_on) : ''}</td></tr>`).join('');
  return `<div class="h" style="font-size:${(model === 'pet' ? 6 : 7.5) * PT}px;margin:30px 0 16px">CÁC HẠNG XE ĐƯỢC ĐIỀU KHIỂN / VEHICLE CATEGORIES</div>
  <table><tr><th>Hạng/Class</th><th>Loại xe</th><th>Ngày trúng tuyển</th></tr>${rows}</table>
  <div style="margin:24px 40px;height:${model === 'pet' ? 60 : 90}px;background:repeating-linear-gradient(90deg,#111 0 5px,transparent 5px 9px,#111 9px 11px,transparent 11px 17px)"></div>`;
}

/** The card as one HTML document; `W`×`H` CSS pixels at 300 dpi. */
export function cardHtml(model: CardModel, side: CardSide, t: LicenceTruth, s: CardStyle, r: Rng, fontCss: string): { html: string; width: number; height: number } {
  const { width: W, height: H } = cardPixels(model);
  const body = side === 'back' ? back(s, t, model) : model === 'paper' ? paperFront(s, t, r, W) : petFront(s, t, r, W);
  const css = `*{margin:0;padding:0;box-sizing:border-box}html,body{width:${W}px;height:${H}px;overflow:hidden;background:transparent}
.card{position:relative;width:${W}px;height:${H}px;border-radius:${model === 'pet' ? 38 : 12}px;overflow:hidden;padding:0 30px;
background:${s.tint} repeating-radial-gradient(circle at 70% 60%, transparent 0 26px, ${s.pattern}55 27px 29px);border:3px solid ${s.pattern}}
.h{text-align:center;font-family:'${s.labelFace}';font-weight:700;white-space:nowrap;color:#1d1d1d}
.f{font-family:'${s.labelFace}';font-size:${s.labelPt * PT}px;line-height:1.45;color:#2a2a2a;white-space:nowrap}
.f.u{line-height:1.2;margin-bottom:6px}.f.a{white-space:normal;line-height:1.15;margin-bottom:4px}.f.a .v{font-size:${(s.valuePt * 0.85 * PT).toFixed(1)}px}.c{text-align:center}
.v{font-family:'${s.valueFace}';font-size:${s.valuePt * PT}px;font-weight:${s.valueBold ? 700 : 400};color:#111}
table{border-collapse:collapse;width:100%;font-family:'${s.labelFace}';font-size:${s.labelPt * 0.9 * PT}px}td,th{border:2px solid #555;padding:2px 8px;white-space:nowrap;overflow:hidden}`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${fontCss}\n${css}</style></head><body><div class="card">${body}</div>
<script>document.fonts.ready.then(()=>{for(const f of document.querySelectorAll('.f:not(.a)')){const room=f.parentElement.clientWidth;if(f.scrollWidth>room&&room>100){const v=f.querySelector('.v');if(v)v.style.fontSize=(parseFloat(getComputedStyle(v).fontSize)*Math.max(0.6,1-(f.scrollWidth-room)/v.offsetWidth)).toFixed(1)+'px'}}document.body.dataset.ready='1'})</script></body></html>`;
  return { html, width: W, height: H };
}
