import { fromGlobalId, plainId, toGlobalId } from './global-id';

describe('global ids', () => {
  it('round-trip the type and the import id', () => {
    const global = toGlobalId('Stakeholder', 'per-0005-017');
    expect(global).not.toContain('per-');
    expect(fromGlobalId(global)).toEqual({ type: 'Stakeholder', id: 'per-0005-017' });
    expect(plainId(global)).toBe('per-0005-017');
  });

  it('leave import ids alone, even ones made of base64 characters', () => {
    for (const id of [
      'acc-0001',
      'tm-05',
      'sub-0001-1',
      'abcd',
      'QWNjb3VudA',
      '1adc64b3-0911-4612-918f-184f1fbdadd7',
    ]) {
      expect(fromGlobalId(id)).toBeNull();
      expect(plainId(id)).toBe(id);
    }
  });

  it('refuse unknown types and empty ids', () => {
    expect(fromGlobalId(Buffer.from('Secret:1').toString('base64url'))).toBeNull();
    expect(fromGlobalId(Buffer.from('Account:').toString('base64url'))).toBeNull();
  });
});
