// Underlines drawn without touching the editor's DOM. Where the CSS Custom Highlight API exists (Chrome 105+,
// Firefox 140+, Safari 17.2+) each category is one named Highlight styled by content.css; the browser keeps it on the
// text through scrolling and layout. Elsewhere, and always for textareas (no DOM inside to range over), an overlay
// of thin boxes in a shadow root sits over the text and is re-laid on scroll, resize and input.
import type { Category, Severity } from '../engine/types';
import { CATEGORIES } from '../engine/types';

export interface Mark {
  start: number;
  end: number;
  category: Category;
  severity: Severity;
}

export interface Renderer {
  draw(marks: readonly Mark[]): void;
  /** Re-lays the underlines after scroll or resize (the highlight renderer needs nothing). */
  refresh(): void;
  destroy(): void;
  readonly kind: 'highlight' | 'overlay';
}

export const COLORS: Record<Category, string> = {
  spelling: '#d93025',
  grammar: '#e8710a',
  style: '#1a73e8',
  tone: '#9334e6',
  politeness: '#188038',
  structure: '#007b83',
  privacy: '#a50e0e',
};

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange>;
type Registry = Map<string, Set<AbstractRange>>;

export function highlightsSupported(win: Window): boolean {
  const w = win as Window & { Highlight?: unknown; CSS?: { highlights?: unknown } };
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** The highlights of one document are shared by every compose box in it; each box adds and removes its own ranges. */
export function createHighlightRenderer(win: Window, domRange: (start: number, end: number) => Range | null): Renderer {
  const registry = (win as unknown as { CSS: { highlights: Registry } }).CSS.highlights;
  const HighlightClass = (win as unknown as { Highlight: HighlightCtor }).Highlight;
  const mine: { name: string; range: Range }[] = [];

  function highlight(name: string): Set<AbstractRange> {
    let h = registry.get(name);
    if (!h) {
      h = new HighlightClass();
      registry.set(name, h);
    }
    return h;
  }

  function clear() {
    for (const { name, range } of mine) registry.get(name)?.delete(range);
    mine.length = 0;
  }

  return {
    kind: 'highlight',
    draw(marks) {
      clear();
      for (const m of marks) {
        const range = domRange(m.start, m.end);
        if (!range || range.collapsed) continue;
        const name = `replycheck-${m.category}${m.severity === 'info' ? '-info' : ''}`;
        highlight(name).add(range);
        mine.push({ name, range });
      }
    },
    refresh() {},
    destroy: clear,
  };
}

const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; overflow: visible; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.u { position: absolute; height: 0; border-bottom: 2px solid var(--c); pointer-events: none; }
.u.info { border-bottom-style: dotted; }
.u.privacy { background: rgba(165, 14, 14, 0.12); border-bottom-width: 3px; }
`;

/** Visible part of `el`: its box cut by every scrolling ancestor's box (text scrolled out of view is not drawn). */
function visibleBox(el: Element): DOMRect {
  let r = el.getBoundingClientRect();
  let left = r.left;
  let top = r.top;
  let right = r.right;
  let bottom = r.bottom;
  const win = el.ownerDocument.defaultView!;
  for (let a = el.parentElement; a; a = a.parentElement) {
    const style = win.getComputedStyle(a);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    r = a.getBoundingClientRect();
    left = Math.max(left, r.left + a.clientLeft);
    top = Math.max(top, r.top + a.clientTop);
    right = Math.min(right, r.left + a.clientLeft + a.clientWidth);
    bottom = Math.min(bottom, r.top + a.clientTop + a.clientHeight);
  }
  right = Math.min(right, win.innerWidth);
  bottom = Math.min(bottom, win.innerHeight);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

export function createOverlayRenderer(
  editor: HTMLElement,
  rects: (start: number, end: number) => DOMRect[],
): Renderer {
  const doc = editor.ownerDocument;
  const win = doc.defaultView!;
  const host = doc.createElement('replycheck-underlines');
  host.setAttribute('data-replycheck-ui', 'underlines');
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(shadow, OVERLAY_CSS);
  const clip = doc.createElement('div');
  clip.className = 'clip';
  shadow.append(clip);
  // On the root element, not <body>: a transformed or zoomed body would turn position: fixed into body-relative.
  doc.documentElement.append(host);
  let marks: readonly Mark[] = [];
  let frame = 0;

  function layout() {
    frame = 0;
    const box = visibleBox(editor);
    clip.style.left = `${box.left}px`;
    clip.style.top = `${box.top}px`;
    clip.style.width = `${box.width}px`;
    clip.style.height = `${box.height}px`;
    const parts: HTMLElement[] = [];
    for (const m of marks) {
      for (const r of rects(m.start, m.end)) {
        if (r.width === 0) continue;
        const u = doc.createElement('div');
        u.className = `u ${m.category}${m.severity === 'info' ? ' info' : ''}`;
        u.dataset.category = m.category;
        u.dataset.start = String(m.start);
        u.style.setProperty('--c', COLORS[m.category]);
        u.style.left = `${r.left - box.left}px`;
        u.style.top = `${r.top - box.top}px`;
        u.style.width = `${r.width}px`;
        u.style.height = `${Math.max(0, r.height - 1)}px`;
        parts.push(u);
      }
    }
    clip.replaceChildren(...parts);
  }

  function schedule() {
    if (!frame) frame = win.requestAnimationFrame(layout);
  }

  const controller = new AbortController();
  // Capture: a scroll of any container (Outlook's reading pane, Gmail's compose body) moves the text.
  win.addEventListener('scroll', schedule, { capture: true, passive: true, signal: controller.signal });
  win.addEventListener('resize', schedule, { passive: true, signal: controller.signal });
  editor.addEventListener('scroll', schedule, { passive: true, signal: controller.signal });
  const resize = new ResizeObserver(schedule);
  resize.observe(editor);

  return {
    kind: 'overlay',
    draw(next) {
      marks = next;
      // Drawn now, not on the next frame: an underline must never linger on text that just changed.
      if (frame) win.cancelAnimationFrame(frame);
      layout();
    },
    refresh: schedule,
    destroy() {
      controller.abort();
      resize.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      host.remove();
    },
  };
}

/** Styles for a shadow root: a constructed sheet where supported (page CSPs do not apply to it), else <style>. */
export function applyStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/** The stylesheet content.css must hold for the highlight renderer (kept here so the colours live in one place). */
export function highlightCss(): string {
  return CATEGORIES.map((c) => {
    const base = `text-decoration: underline wavy ${COLORS[c]}; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none;`;
    const extra = c === 'privacy' ? ' background-color: rgba(165, 14, 14, 0.12);' : '';
    return `::highlight(replycheck-${c}) { ${base}${extra} }\n::highlight(replycheck-${c}-info) { text-decoration: underline dotted ${COLORS[c]}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`;
  }).join('\n');
}
