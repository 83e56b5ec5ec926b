import { cleanText, cleanWriteParams } from './text-hygiene';

describe('text hygiene at write time', () => {
  it('removes NUL, escape sequences and bidi overrides but keeps lines and tabs', () => {
    expect(cleanText('a\u0000b\u001b[31mc\u202Ed\u2066e\u0085f')).toBe('ab[31mcdef');
    expect(cleanText('line one\nline\ttwo\r\n')).toBe('line one\nline\ttwo\r\n');
    expect(cleanText('Zoë — 東京 ✓')).toBe('Zoë — 東京 ✓');
  });

  it('cleans nested rows of a batch and leaves other values alone', () => {
    const when = new Date(0);
    const params = { rows: [{ name: 'x\u202Ey', n: 3, when, tags: ['a\u0000'] }], flag: true };
    expect(cleanWriteParams(params)).toEqual({ rows: [{ name: 'xy', n: 3, when, tags: ['a'] }], flag: true });
  });

  it("copies only what it cleans and never modifies the caller's parameters", () => {
    const clean = { id: 'a', tags: ['b'] };
    const dirty = { id: 'c\u0000', tags: ['d'] };
    const params = { rows: [clean, dirty], flag: true };
    const out = cleanWriteParams(params);
    expect(out).not.toBe(params);
    expect(out.rows).not.toBe(params.rows);
    expect(out.rows[0]).toBe(clean);
    expect(out.rows[1]).toEqual({ id: 'c', tags: ['d'] });
    expect(out.rows[1]?.tags).toBe(dirty.tags);
    expect(dirty.id).toBe('c\u0000');
    const untouched = { rows: [{ id: 'x', n: 1 }], when: new Date(0) };
    expect(cleanWriteParams(untouched)).toBe(untouched);
  });
});
