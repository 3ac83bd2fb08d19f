/**
 * Where the card lies on a card's own page. Intake finds the cards on a scanned page or photo and cuts each out
 * with a border around it (card-pages.ts); the cut-out says so in its own XMP (the border's share of the card),
 * so reading the page takes the card's frame from there instead of finding the card a second time. The mark
 * travels with the image (archive, backup, a clerk's quarter turn keeps it: the border is the same share on
 * every side); a page without it (a page kept whole because no card was found on it) is searched as before.
 */
import sharp from 'sharp';
import type { CardQuad } from './card-finder';

const NS = 'https://sohoa.vn/ns/licence-card/1.0/';

/** The XMP packet a cut-out card page carries: its border is `margin` of the card's size on every side. */
export function cardFrameXmp(margin: number): string {
  return `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:sohoa="${NS}" sohoa:cardMargin="${margin}"/></rdf:RDF></x:xmpmeta>`;
}

/** The card's frame on a page cut out around one card, from the page's XMP; null for any other page. */
export async function cardFrameOf(image: Buffer): Promise<CardQuad | null> {
  const meta = await sharp(image).metadata().catch(() => null);
  const xmp = meta?.xmp?.toString('utf8') ?? '';
  if (!xmp.includes(NS)) return null;
  const margin = Number(/cardMargin="([0-9.]+)"/.exec(xmp)?.[1]);
  const W = meta?.width ?? 0;
  const H = meta?.height ?? 0;
  if (!(margin >= 0 && margin < 0.5) || !W || !H) return null;
  const from = margin / (1 + 2 * margin);
  const to = (1 + margin) / (1 + 2 * margin);
  const corners = [{ x: from * W, y: from * H }, { x: to * W, y: from * H }, { x: to * W, y: to * H }, { x: from * W, y: to * H }];
  return { corners, width: (to - from) * W, height: (to - from) * H };
}
