import { DEFAULT_ANALYTICS_CONFIG, mergeConfig } from './index';
import { checkOpportunitiesConfig, DEFAULT_OPPORTUNITIES_CONFIG } from './opportunities';

describe('opportunities configuration', () => {
  it('accepts its defaults and a file that changes one value', () => {
    expect(() => checkOpportunitiesConfig(DEFAULT_OPPORTUNITIES_CONFIG)).not.toThrow();
    const merged = mergeConfig(DEFAULT_ANALYTICS_CONFIG, { opportunities: { intent: { windowDays: 30 } } });
    expect(merged.opportunities.intent.windowDays).toBe(30);
    expect(merged.opportunities.intent.keywords).toEqual(DEFAULT_OPPORTUNITIES_CONFIG.intent.keywords);
  });

  it('refuses settings no opportunity can be judged under, naming them', () => {
    const with_ = (businessCase: Partial<typeof DEFAULT_OPPORTUNITIES_CONFIG.businessCase>) => ({
      ...DEFAULT_OPPORTUNITIES_CONFIG,
      businessCase: { ...DEFAULT_OPPORTUNITIES_CONFIG.businessCase, ...businessCase },
    });
    expect(() => checkOpportunitiesConfig(with_({ seatOptions: [] }))).toThrow(
      'opportunities.businessCase.seatOptions must be shares above 0',
    );
    expect(() => checkOpportunitiesConfig(with_({ sizeOption: 3 }))).toThrow(
      'opportunities.businessCase.sizeOption must index seatOptions',
    );
    expect(() =>
      checkOpportunitiesConfig({
        ...DEFAULT_OPPORTUNITIES_CONFIG,
        alignment: { ...DEFAULT_OPPORTUNITIES_CONFIG.alignment, minPeople: 0 },
      }),
    ).toThrow('opportunities.alignment.minPeople must be a whole number, 1 or more');
  });
});
