import { DEFAULT_TRAVERSAL_CONFIG, traversalTimeoutMs } from './traversal';

describe('traversalTimeoutMs', () => {
  it('is the lower of the traversal limit and the global query timeout', () => {
    expect(traversalTimeoutMs(30, DEFAULT_TRAVERSAL_CONFIG)).toBe(10_000);
    expect(traversalTimeoutMs(5, DEFAULT_TRAVERSAL_CONFIG)).toBe(5_000);
  });
});
