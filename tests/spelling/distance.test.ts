import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/engine/spelling/distance';
import { Lru } from '../../src/engine/spelling/lru';

describe('editDistance', () => {
  it.each([
    ['the', 'the', 0],
    ['teh', 'the', 1], // a swap of neighbours is one slip
    ['recieve', 'receive', 1],
    ['untill', 'until', 1],
    ['adress', 'address', 1],
    ['wich', 'which', 1],
    ['definately', 'definitely', 1],
    ['definetly', 'definitely', 2],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
  ])('%j → %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past a limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('recieve', 'receive', 1)).toBe(1);
  });
});

describe('Lru', () => {
  it('forgets the entry used longest ago', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // "a" is now the most recent
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });
});
