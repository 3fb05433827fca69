// What the e2e suites ask of the extension's UI in a closed shadow root (the card, the send summary), whatever reaches
// inside: Chromium's suite gets DevTools node ids, Firefox's gets BiDi handles. Each driver supplies the four
// operations on its own kind of node; the waiting and picking are written once here.

export interface ShadowUI {
  /** How many elements match `selector` (default: the box itself) inside the UI's closed shadow root(s). */
  count(selector?: string): Promise<number>;
  /** Whether the first match has a box and is not hidden (what playwright's isVisible means). False when absent. */
  visible(selector?: string): Promise<boolean>;
  /** innerText of the first match; waits up to 5 s for one to exist. */
  text(selector?: string): Promise<string>;
  /** innerText of every match (no waiting). */
  texts(selector?: string): Promise<string[]>;
  /** A real mouse click in the middle of the first match (optionally the first whose text contains hasText). */
  click(selector: string, options?: { hasText?: string }): Promise<void>;
}

/** A driver's operations on the nodes inside the shadow root(s) of the `host` elements. */
export interface ShadowNodes<N> {
  query(selector: string): Promise<N[]>;
  innerText(node: N): Promise<string>;
  /** Has a box and is not hidden. */
  visible(node: N): Promise<boolean>;
  /** A real mouse click in its middle. */
  click(node: N): Promise<void>;
}

/** The ShadowUI of the `host` elements, whose box is `box`, over one driver's node operations. */
export function shadowUIOver<N>(host: string, box: string, nodes: ShadowNodes<N>): ShadowUI {
  const first = async (selector: string, hasText?: string): Promise<N> => {
    const end = Date.now() + 5000;
    for (;;) {
      for (const n of await nodes.query(selector)) {
        if (hasText === undefined || (await nodes.innerText(n)).includes(hasText)) return n;
      }
      if (Date.now() > end) throw new Error(`<${host}> has no "${selector}"${hasText === undefined ? '' : ` with text "${hasText}"`} in its shadow root`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return {
    async count(selector = box) {
      return (await nodes.query(selector)).length;
    },
    async visible(selector = box) {
      const [n] = await nodes.query(selector);
      return n === undefined ? false : nodes.visible(n);
    },
    async text(selector = box) {
      return nodes.innerText(await first(selector));
    },
    async texts(selector = box) {
      return Promise.all((await nodes.query(selector)).map((n) => nodes.innerText(n)));
    },
    async click(selector, options = {}) {
      await nodes.click(await first(selector, options.hasText));
    },
  };
}
