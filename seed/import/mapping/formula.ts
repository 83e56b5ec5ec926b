/**
 * Arithmetic over numeric columns for mapping files (`{unitPrice} * {quantity} * (1 - {discount})`):
 * numbers, `{column}`, + - * / and parentheses. Parsed once into a tree; nothing is evaluated
 * as code.
 */
export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'column'; name: string }
  | { kind: 'negate'; operand: Formula }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: Formula; right: Formula };

type Token =
  { type: 'number'; value: number } | { type: 'column'; name: string } | { type: 'op'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|\{([^}]+)\}|([-+*/()]))/y;
  let index = 0;
  while (index < text.length) {
    if (text.slice(index).trim() === '') break;
    pattern.lastIndex = index;
    const m = pattern.exec(text);
    if (!m) throw new Error(`unexpected '${text.slice(index).trim().charAt(0)}' at ${index + 1}`);
    if (m[1] !== undefined) tokens.push({ type: 'number', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ type: 'column', name: m[2].trim() });
    else tokens.push({ type: 'op', value: m[3] ?? '' });
    index = pattern.lastIndex;
  }
  return tokens;
}

export function parseFormula(text: string): Formula {
  const tokens = tokenize(text);
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOp = (token: Token | undefined, ...ops: string[]): boolean =>
    token?.type === 'op' && ops.includes(token.value);

  const primary = (): Formula => {
    const token = tokens[at++];
    if (!token) throw new Error('ends too early');
    if (token.type === 'number') return { kind: 'number', value: token.value };
    if (token.type === 'column') return { kind: 'column', name: token.name };
    if (token.value === '-') return { kind: 'negate', operand: primary() };
    if (token.value === '(') {
      const inner = sum();
      if (!isOp(tokens[at++], ')')) throw new Error('missing )');
      return inner;
    }
    throw new Error(`unexpected '${token.value}'`);
  };
  const product = (): Formula => {
    let left = primary();
    while (isOp(peek(), '*', '/')) {
      const operator = (tokens[at++] as { value: '*' | '/' }).value;
      left = { kind: 'binary', operator, left, right: primary() };
    }
    return left;
  };
  const sum = (): Formula => {
    let left = product();
    while (isOp(peek(), '+', '-')) {
      const operator = (tokens[at++] as { value: '+' | '-' }).value;
      left = { kind: 'binary', operator, left, right: product() };
    }
    return left;
  };

  const tree = sum();
  if (at < tokens.length) throw new Error('unexpected text after the end');
  return tree;
}

export function formulaColumns(formula: Formula): string[] {
  switch (formula.kind) {
    case 'number':
      return [];
    case 'column':
      return [formula.name];
    case 'negate':
      return formulaColumns(formula.operand);
    case 'binary':
      return [...formulaColumns(formula.left), ...formulaColumns(formula.right)];
  }
}

/** `null` when any column is missing: a total of unknown parts is unknown, not zero. */
export function evaluateFormula(formula: Formula, valueOf: (column: string) => number | null): number | null {
  switch (formula.kind) {
    case 'number':
      return formula.value;
    case 'column':
      return valueOf(formula.name);
    case 'negate': {
      const value = evaluateFormula(formula.operand, valueOf);
      return value === null ? null : -value;
    }
    case 'binary': {
      const left = evaluateFormula(formula.left, valueOf);
      const right = evaluateFormula(formula.right, valueOf);
      if (left === null || right === null) return null;
      if (formula.operator === '+') return left + right;
      if (formula.operator === '-') return left - right;
      if (formula.operator === '*') return left * right;
      return right === 0 ? null : left / right;
    }
  }
}
