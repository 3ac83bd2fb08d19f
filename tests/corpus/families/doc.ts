/**
 * A form page described once and drawn by either renderer (librsvg SVG for the dev split, Chromium HTML for the
 * held-out split): lines of text, label/value rows in several layouts, bordered tables, rubbing boxes, signatures.
 * Units are pixels at 300 dpi; the renderers scale to the scan's dpi.
 */
import type { TruthField } from '../form-page';

export type Leader = 'dotted' | 'dashed' | 'solid' | 'none';

export interface Look {
  family: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
}

/** How values were filled in: one typist or one hand per page. */
export interface Hand {
  look: Look;
  handwritten: boolean;
  /** Max baseline wobble (px) and tilt (deg) per value. */
  jitter: number;
  tilt: number;
}

/** A label and its value; `field` names the truth field the value shows (none for distractors). */
export interface Cell {
  label: string;
  value: string;
  field?: TruthField;
  /** Share of the line's width (cells of one line default to equal shares). */
  share?: number;
}

export type Block =
  | { kind: 'text'; text: string; align: 'left' | 'center' | 'right'; look: Look; after?: number }
  | { kind: 'rule'; width: number }
  /** Label, leader, value on the same baseline; several cells share the line. */
  | { kind: 'inline'; cells: Cell[] }
  /** Label on one line, the value on the (leadered) line under it. */
  | { kind: 'under'; cells: Cell[] }
  /** A bordered table: each row holds cells drawn as label cell + value cell. */
  | { kind: 'table'; rows: Cell[][]; labelShare: number }
  | { kind: 'rubbings'; title: string; items: { label: string; field: 'engine' | 'chassis'; serial: string }[]; side: boolean }
  | { kind: 'signatures'; left: string; right: string; note: string; stamp: boolean }
  | { kind: 'gap'; h: number };

export interface Doc {
  width: number;
  height: number;
  margin: number;
  top: number;
  paper: string;
  label: Look;
  hand: Hand;
  leader: Leader;
  lineH: number;
  /** Faces of the serials stamped on the vehicle (rubbings); default the corpus's stamp faces. */
  stampFonts?: readonly string[];
  /** Draw an outline around the page (certificate cards). */
  border: boolean;
  blocks: Block[];
}

export const A4 = { width: 2480, height: 3508 };

/** A centred heading line. */
export const centre = (text: string, look: Look, after = 0): Block => ({ kind: 'text', text, align: 'center', look, after });
