import { seniorityFromTitle } from './seniority';

describe('seniorityFromTitle', () => {
  it.each([
    ['Chief Financial Officer', 'C_LEVEL'],
    ['Owner', 'C_LEVEL'],
    ['Vice President, Sales', 'VP'],
    ['SVP Engineering', 'VP'],
    ['IT Director', 'DIRECTOR'],
    ['Head of Procurement', 'DIRECTOR'],
    ['Finance Manager', 'MANAGER'],
    ['Assistant to the CEO', 'INDIVIDUAL_CONTRIBUTOR'],
    ['Sales Representative', 'INDIVIDUAL_CONTRIBUTOR'],
  ])('%s → %s', (title, level) => {
    expect(seniorityFromTitle(title)).toBe(level);
  });

  it('says nothing for no title', () => {
    expect(seniorityFromTitle(null)).toBeNull();
    expect(seniorityFromTitle('  ')).toBeNull();
  });
});
