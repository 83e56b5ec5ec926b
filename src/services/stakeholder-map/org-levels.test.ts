import { orgLevels } from './org-levels';

describe('orgLevels', () => {
  it('places people by their depth under the top of the chart', () => {
    const levels = orgLevels([
      { id: 'ceo', reportsToId: null },
      { id: 'cfo', reportsToId: 'ceo' },
      { id: 'controller', reportsToId: 'cfo' },
      { id: 'analyst', reportsToId: 'controller' },
      { id: 'cto', reportsToId: 'ceo' },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ ceo: 0, cfo: 1, cto: 1, controller: 2, analyst: 3 });
  });

  it('starts a tree at anyone whose manager is not in the map', () => {
    const levels = orgLevels([
      { id: 'vp', reportsToId: 'unknown-ceo' },
      { id: 'director', reportsToId: 'vp' },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ vp: 0, director: 1 });
  });

  it('terminates on a reporting cycle and still places everyone', () => {
    const levels = orgLevels([
      { id: 'a', reportsToId: 'b' },
      { id: 'b', reportsToId: 'a' },
      { id: 'c', reportsToId: null },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ a: 0, b: 0, c: 0 });
  });
});
