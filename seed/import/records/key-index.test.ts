import { hash64, KeyIndex } from './key-index';

describe('KeyIndex', () => {
  it('remembers where a key was first seen, and whether the content was the same', () => {
    const index = new KeyIndex(16);
    expect(index.add('U-0c9318', 111, 770, 3)).toBeNull();
    expect(index.add('U-0c9318', 111, 900, 3)).toEqual({ line: 770, source: 3, sameContent: true });
    expect(index.add('U-0c9318', 222, 4169, 3)).toEqual({ line: 770, source: 3, sameContent: false });
    expect(index.has('U-0c9318')).toBe(true);
    expect(index.has('U-other')).toBe(false);
  });

  it('keeps every key through growth', () => {
    const index = new KeyIndex(16);
    for (let i = 0; i < 50_000; i += 1) expect(index.add(`key-${i}`, i, i + 2, 0)).toBeNull();
    expect(index.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997)
      expect(index.add(`key-${i}`, i, 0, 0)).toEqual({ line: i + 2, source: 0, sameContent: true });
  });

  it('hashes to 64 bits that differ for close keys', () => {
    expect(hash64('0018d00000AbCdEAA1')).not.toEqual(hash64('0018d00000AbCdEAA2'));
    expect(hash64('same')).toEqual(hash64('same'));
  });
});
