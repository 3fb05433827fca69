// A compose box's DOM → the plain text the engine checks, with a map back to DOM positions. Written against the few
// node properties it reads, so tests/content runs it on plain objects without a browser.
//
// Line breaks follow what contenteditable editors produce: a block element (div, p, li, blockquote…) starts on a new
// line, a <br> ends one, and `<div><br></div>` is one empty line. Structural line breaks are "virtual" characters
// with no text node behind them. Non-breaking spaces become plain spaces (same length, so offsets do not move).
import type { Range } from '../engine/types';

/** The subset of DOM Node this module reads. A real Node satisfies it. */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<NodeLike>;
  /** Text nodes' content. */
  nodeValue: string | null;
}

export type Region = 'quote' | 'quote-rest' | 'signature' | 'skip';
/**
 * What the site knows about an element: 'quote' (a quoted block), 'quote-rest' (a quoted earlier message starts here
 * and runs to the end of the box, as in Outlook), 'signature', 'skip' (not text: attachments chips, hidden widgets),
 * or null (ordinary content).
 */
export type Classifier = (el: NodeLike) => Region | null;

export interface TextSegment {
  /** Offsets of this text node's characters in the extracted text. */
  start: number;
  end: number;
  node: NodeLike;
}

export interface Extracted {
  text: string;
  /** Text nodes in document order, with where they sit in `text`. */
  segments: TextSegment[];
  /** For each element, the text offset before each of its child positions (length childNodes.length + 1). */
  boundaries: Map<NodeLike, number[]>;
  /** Quoted replies and the signature, for the engine to skip. */
  hints: Range[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const IGNORED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'svg', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT']);

export function extract(root: NodeLike, classify: Classifier = () => null): Extracted {
  let text = '';
  const segments: TextSegment[] = [];
  const boundaries = new Map<NodeLike, number[]>();
  const hints: Range[] = [];
  let quoteRestFrom = -1;

  const atLineStart = () => text.length === 0 || text.endsWith('\n');
  /** A block ended: the next content starts on a new line (emitted lazily, so the text does not end with one). */
  let pendingBreak = false;
  const flushBreak = () => {
    if (pendingBreak && !atLineStart()) text += '\n';
    pendingBreak = false;
  };

  function walk(node: NodeLike) {
    if (node.nodeType === TEXT_NODE) {
      const raw = node.nodeValue ?? '';
      // Markup indentation between blocks is not content.
      if ((atLineStart() || pendingBreak) && raw.trim() === '') return;
      flushBreak();
      const start = text.length;
      text += raw.replace(/[\u00a0\n\r\t]/g, ' ');
      segments.push({ start, end: text.length, node });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (IGNORED.has(name)) return;
    const region = classify(node);
    if (region === 'skip') return;
    if (name === 'BR') {
      flushBreak();
      text += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) {
      pendingBreak = true;
      flushBreak();
    }
    const start = text.length;
    if (region === 'quote-rest' && quoteRestFrom < 0) quoteRestFrom = start;
    const marks: number[] = [];
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      marks.push(text.length);
      walk(kids[i]!);
    }
    marks.push(text.length);
    boundaries.set(node, marks);
    if (block) pendingBreak = true;
    if ((region === 'quote' || region === 'signature') && text.length > start) hints.push([start, text.length]);
  }

  const marks: number[] = [];
  const kids = root.childNodes;
  for (let i = 0; i < kids.length; i++) {
    marks.push(text.length);
    walk(kids[i]!);
  }
  marks.push(text.length);
  boundaries.set(root, marks);
  if (quoteRestFrom >= 0 && quoteRestFrom < text.length) hints.push([quoteRestFrom, text.length]);
  return { text, segments, boundaries, hints: mergeHints(hints) };
}

function mergeHints(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** A DOM point: a text node and a character offset in it, or an element and a child index. */
export interface Point {
  node: NodeLike;
  offset: number;
}

function segmentIndexAt(segments: TextSegment[], offset: number, preferEnd: boolean): number {
  // Binary search for the first segment ending at or after `offset`.
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end >= offset) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (found < 0) return -1;
  let i = found;
  // A range's start sits at the start of the next node rather than the end of the previous one.
  if (!preferEnd) while (i < segments.length - 1 && segments[i]!.end === offset && segments[i + 1]!.start <= offset) i++;
  return i;
}

/**
 * Text offset → DOM point. `preferEnd` picks the end of the previous text node where an offset sits between two
 * (for a range's end); otherwise the start of the next. Null when the offset falls in a structural line break.
 */
export function pointAt(x: Extracted, offset: number, preferEnd = false): Point | null {
  const i = segmentIndexAt(x.segments, offset, preferEnd);
  if (i < 0) return null;
  const seg = x.segments[i]!;
  if (offset < seg.start || offset > seg.end) return null;
  return { node: seg.node, offset: offset - seg.start };
}

/** DOM point → text offset, or null when the point is outside the extracted tree. */
export function offsetAt(x: Extracted, point: Point): number | null {
  if (point.node.nodeType === TEXT_NODE) {
    const seg = x.segments.find((s) => s.node === point.node);
    if (seg) return seg.start + Math.min(point.offset, seg.end - seg.start);
    return null;
  }
  const marks = x.boundaries.get(point.node);
  if (!marks) return null;
  return marks[Math.min(point.offset, marks.length - 1)] ?? null;
}

/** The smallest single replacement that turns `before` into `after` (common prefix and suffix kept). */
export function diffText(before: string, after: string): { from: number; to: number; text: string } | null {
  if (before === after) return null;
  let from = 0;
  const max = Math.min(before.length, after.length);
  while (from < max && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let tailBefore = before.length;
  let tailAfter = after.length;
  while (tailBefore > from && tailAfter > from && before.charCodeAt(tailBefore - 1) === after.charCodeAt(tailAfter - 1)) {
    tailBefore--;
    tailAfter--;
  }
  return { from, to: tailBefore, text: after.slice(from, tailAfter) };
}
