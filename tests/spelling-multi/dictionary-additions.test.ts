import { describe, expect, it } from 'vitest';
import { applyAdditions, parseAdditions } from '../../scripts/lib/dictionary-additions';

const DIC = '3\nstartēt/HDB1357J po:darbv24t\npostavi/DVX\npostavil/XDA\n';

describe('dictionary additions', () => {
  it('copies the flags of the named entry, or of every entry with the named prefix, and updates the count', () => {
    const out = applyAdditions(DIC, parseAdditions('# comment\nrestartēt = startēt\nponastavi* = postavi*\n'));
    expect(out).toBe(
      '6\nstartēt/HDB1357J po:darbv24t\npostavi/DVX\npostavil/XDA\nrestartēt/HDB1357J po:darbv24t\nponastavi/DVX\nponastavil/XDA\n',
    );
  });

  it('adds nothing the second time', () => {
    const additions = parseAdditions('restartēt = startēt');
    const once = applyAdditions(DIC, additions);
    expect(applyAdditions(once, additions)).toBe(once);
  });

  it('refuses a line it cannot read and a model word the dictionary lacks', () => {
    expect(() => parseAdditions('restartēt startēt')).toThrow(/line 1/);
    expect(() => parseAdditions('ponastavi* = postavi')).toThrow(/line 1/);
    expect(() => applyAdditions(DIC, parseAdditions('x = nav'))).toThrow(/"nav"/);
  });
});
