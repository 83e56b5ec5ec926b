import { evaluateFormula, formulaColumns, parseFormula } from './formula';

describe('formulas', () => {
  const values: Record<string, number | null> = {
    unitPrice: 14,
    quantity: 12,
    discount: 0.25,
    missing: null,
  };
  const valueOf = (column: string): number | null => values[column] ?? null;

  it('computes with precedence and parentheses', () => {
    // 14 × 12 × (1 − 0.25) = 126
    const formula = parseFormula('{unitPrice} * {quantity} * (1 - {discount})');
    expect(evaluateFormula(formula, valueOf)).toBe(126);
    expect(formulaColumns(formula)).toEqual(['unitPrice', 'quantity', 'discount']);
    // 2 + 3 × 4 = 14, (2 + 3) × 4 = 20, −(5) / 2 = −2.5
    expect(evaluateFormula(parseFormula('2 + 3 * 4'), valueOf)).toBe(14);
    expect(evaluateFormula(parseFormula('(2 + 3) * 4'), valueOf)).toBe(20);
    expect(evaluateFormula(parseFormula('-5 / 2'), valueOf)).toBe(-2.5);
  });

  it('is unknown when a column is missing, or on division by zero', () => {
    expect(evaluateFormula(parseFormula('{unitPrice} * {missing}'), valueOf)).toBeNull();
    expect(evaluateFormula(parseFormula('{unitPrice} / 0'), valueOf)).toBeNull();
  });

  it('refuses what is not arithmetic', () => {
    expect(() => parseFormula('{a} +')).toThrow('ends too early');
    expect(() => parseFormula('process.exit()')).toThrow("unexpected 'p'");
    expect(() => parseFormula('(1 + 2')).toThrow('missing )');
  });
});
