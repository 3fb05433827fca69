// A tiny DOM-free tree for the extraction tests: enough of Node for src/content/extract.ts (nodeType, nodeName,
// childNodes, nodeValue) plus the class and id the site classifiers read.
import type { NodeLike } from '../../src/content/extract';

export interface FakeNode extends NodeLike {
  childNodes: FakeNode[];
  id?: string;
  className?: string;
  classList?: { contains(c: string): boolean };
  getAttribute?(name: string): string | null;
}

export function text(data: string): FakeNode {
  return { nodeType: 3, nodeName: '#text', childNodes: [], nodeValue: data };
}

export function el(name: string, attrs: Record<string, string> | null, ...children: (FakeNode | string)[]): FakeNode {
  const a = attrs ?? {};
  const classes = (a.class ?? '').split(/\s+/).filter(Boolean);
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    nodeValue: null,
    childNodes: children.map((c) => (typeof c === 'string' ? text(c) : c)),
    id: a.id ?? '',
    className: a.class ?? '',
    classList: { contains: (c: string) => classes.includes(c) },
    getAttribute: (n: string) => a[n] ?? null,
  };
}
