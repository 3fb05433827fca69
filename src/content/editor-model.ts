// The live text of one editor, with the operations the session needs, for both kinds of editor: a contenteditable
// element (text extracted from its DOM, see extract.ts) and a textarea (its value, offsets map one to one).
import type { Range as TextRange } from '../engine/types';
import { extract, offsetAt, pointAt, type Classifier, type Extracted, type NodeLike } from './extract';

export interface EditorModel {
  readonly editor: HTMLElement;
  readonly plain: boolean;
  /** Re-reads the editor. Cheap enough to run on every input event. */
  read(): { text: string; hints: TextRange[] };
  /** Screen rectangles of text [start, end), in the editor's window's viewport coordinates. */
  rects(start: number, end: number): DOMRect[];
  /** A live DOM Range over [start, end) (contenteditable only; textareas have no DOM inside). */
  domRange(start: number, end: number): Range | null;
  /** The collapsed caret's offset, or null when the selection is elsewhere or not collapsed. */
  caret(): number | null;
  /** Text offset under a point in the viewport (for clicks). */
  offsetFromPoint(x: number, y: number): number | null;
  /** Selects [start, end) in the editor. */
  select(start: number, end: number): boolean;
  /** Removes anything the model added to the page (the textarea mirror). */
  dispose(): void;
}

export function createEditorModel(editor: HTMLElement, classify: Classifier): EditorModel {
  return editor instanceof HTMLTextAreaElement ? plainModel(editor) : richModel(editor, classify);
}

function richModel(editor: HTMLElement, classify: Classifier): EditorModel {
  const doc = editor.ownerDocument;
  let x: Extracted = extract(editor as unknown as NodeLike, classify);

  function domRange(start: number, end: number): Range | null {
    const a = pointAt(x, start, false);
    const b = pointAt(x, end, true);
    if (!a || !b) return null;
    const range = doc.createRange();
    try {
      range.setStart(a.node as unknown as Node, a.offset);
      range.setEnd(b.node as unknown as Node, b.offset);
    } catch {
      return null; // the DOM changed under the map; the next read fixes it
    }
    return range;
  }

  return {
    editor,
    plain: false,
    read() {
      x = extract(editor as unknown as NodeLike, classify);
      return { text: x.text, hints: x.hints };
    },
    rects(start, end) {
      const range = domRange(start, end);
      return range ? [...range.getClientRects()] : [];
    },
    domRange,
    caret() {
      const sel = doc.getSelection();
      if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !editor.contains(sel.anchorNode)) return null;
      return offsetAt(x, { node: sel.anchorNode as unknown as NodeLike, offset: sel.anchorOffset });
    },
    offsetFromPoint(px, py) {
      const hit = caretAt(doc, px, py);
      if (!hit || !editor.contains(hit.node)) return null;
      return offsetAt(x, { node: hit.node as unknown as NodeLike, offset: hit.offset });
    },
    select(start, end) {
      const range = domRange(start, end);
      const sel = doc.getSelection();
      if (!range || !sel) return false;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    },
    dispose() {},
  };
}

/** caretPositionFromPoint is the standard (Firefox, Chrome 128+); caretRangeFromPoint the older WebKit one. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

// Textareas: a hidden mirror element with the same box and font lays the text out the same way, so a DOM Range in
// the mirror gives the rectangles of text inside the textarea (the technique of textarea-caret-position).
const MIRRORED = [
  'boxSizing', 'width', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight',
  'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily', 'textAlign', 'textTransform', 'textIndent',
  'letterSpacing', 'wordSpacing', 'tabSize', 'direction',
] as const;

function plainModel(area: HTMLTextAreaElement): EditorModel {
  const doc = area.ownerDocument;
  let mirror: HTMLDivElement | null = null;
  let mirrorText: Text | null = null;

  function layout(): { text: Text; box: HTMLDivElement } {
    if (!mirror) {
      mirror = doc.createElement('div');
      mirror.setAttribute('data-replycheck-ui', 'mirror');
      mirror.setAttribute('aria-hidden', 'true');
      mirrorText = doc.createTextNode('');
      mirror.append(mirrorText);
      doc.documentElement.append(mirror);
    }
    const style = doc.defaultView!.getComputedStyle(area);
    const m = mirror.style;
    for (const p of MIRRORED) m[p] = style[p];
    m.position = 'fixed';
    m.visibility = 'hidden';
    m.pointerEvents = 'none';
    m.whiteSpace = 'pre-wrap';
    m.overflowWrap = 'break-word';
    m.overflow = 'hidden';
    m.left = '0px';
    m.top = '0px';
    m.height = 'auto';
    // The textarea's content box is narrower than its width by the scrollbar, when it shows one.
    const scrollbar = area.offsetWidth - area.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    m.width = `${area.offsetWidth - Math.max(0, scrollbar)}px`;
    if (mirrorText!.data !== area.value) mirrorText!.data = area.value;
    return { text: mirrorText!, box: mirror };
  }

  return {
    editor: area,
    plain: true,
    read: () => ({ text: area.value, hints: [] }),
    rects(start, end) {
      const { text, box } = layout();
      const len = text.data.length;
      if (start > len || end > len) return [];
      const range = doc.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      const origin = box.getBoundingClientRect();
      const at = area.getBoundingClientRect();
      const dx = at.left - origin.left - area.scrollLeft;
      const dy = at.top - origin.top - area.scrollTop;
      return [...range.getClientRects()].map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
    },
    domRange: () => null,
    caret() {
      if (doc.activeElement !== area || area.selectionStart !== area.selectionEnd) return null;
      return area.selectionStart;
    },
    offsetFromPoint() {
      // A click in a textarea moves its caret there before the click event: the caret is the point.
      return area.selectionStart === area.selectionEnd ? area.selectionStart : null;
    },
    select(start, end) {
      area.setSelectionRange(start, end);
      return true;
    },
    dispose() {
      mirror?.remove();
      mirror = null;
    },
  };
}
