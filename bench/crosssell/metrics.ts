/** hit@k and recall@k over the accounts of a time split. */
export interface RankingFigures {
  accounts: number;
  /** Share of accounts with at least one of their new products in the top k. */
  hitAtK: number;
  /** Mean over accounts of (new products in the top k) / (new products). */
  recallAtK: number;
}

export function figuresOf(
  cases: readonly { ranking: readonly string[]; bought: ReadonlySet<string> }[],
  k: number,
): RankingFigures {
  let hits = 0;
  let recall = 0;
  for (const { ranking, bought } of cases) {
    const found = ranking.slice(0, k).filter((p) => bought.has(p)).length;
    if (found > 0) hits += 1;
    recall += found / bought.size;
  }
  const n = cases.length;
  return { accounts: n, hitAtK: n > 0 ? hits / n : 0, recallAtK: n > 0 ? recall / n : 0 };
}
