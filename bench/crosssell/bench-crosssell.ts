import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAnalyticsConfig } from '../../src/config/analytics';
import { CYPHER_ROOT, LAUNCHER_ROOT } from '../../src/config/paths';
import { CypherExecutor } from '../../src/db/cypher-executor';
import { createDriver } from '../../src/db/driver';
import { QueryRegistry } from '../../src/db/query-registry';
import { migrateSchema } from '../../src/db/schema-migrator';
import type { Caller } from '../../src/domain/tenant';
import { EmbeddedNeo4j } from '../../src/embedded/embedded-neo4j';
import { WhitespaceRepository } from '../../src/repositories/whitespace.repository';
import { WhitespaceService } from '../../src/services/whitespace/whitespace.service';
import { runImport } from '../../seed/import/run-import';
import { parseBenchArgs, say, wholeOption } from '../support/bench-cli';
import { count, ratio, table } from '../support/figures';
import { coOccurrence, nearestAccounts, popularity, type Ownership, type Ranker } from './baselines';
import { CROSS_SELL_DATASETS, type CrossSellDataset, type DatedPurchase } from './datasets';
import { figuresOf, type RankingFigures } from './metrics';

const USAGE = `Usage: npm run bench:crosssell -- [--train-shares 0.7,0.8,0.9] [--k 5] [--only <dataset>] [--keep]

A time split of public datasets with dated purchases (test/fixtures/public-data: Northwind order
lines, Maven CRM won deals). For each split the purchases made before the cut-off (the date by
which the given share of purchases had happened) are imported into a throwaway Neo4j through the
project's importer and shipped mapping; every account that owned something before the cut-off
and first bought a product on or after it is then ranked by the product itself
(WhitespaceService.matrix: cypher/whitespace/*.cypher + src/scoring/whitespace*.ts, configured
by ANALYTICS_CONFIG_FILE like the server) and by three baselines computed here from the same
training purchases: popularity, the k nearest accounts by owned products, item co-occurrence.
Prints hit@k and recall@k of each and the product's ratio to popularity and to the best
baseline. Asserts nothing.

  --train-shares   shares of the dated purchases before each cut-off (default 0.7,0.8,0.9)
  --k              the cut of the ranking (default 5)
  --only           run only the dataset whose name contains this text
  --keep           keep the Neo4j store and print where it is`;

interface Options {
  shares: number[];
  k: number;
  only: string | null;
  keep: boolean;
}

function parseOptions(args: string[]): Options {
  const values = parseBenchArgs(
    args,
    {
      'train-shares': { type: 'string', default: '0.7,0.8,0.9' },
      k: { type: 'string', default: '5' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    USAGE,
  );
  const shares = values['train-shares'].split(',').map(Number);
  if (shares.some((s) => !(s > 0 && s < 1)))
    throw new Error('--train-shares must be numbers between 0 and 1');
  return { shares, k: wholeOption('k', values.k), only: values.only ?? null, keep: values.keep };
}

/** The first date by which `share` of the purchases had happened: purchases before it train. */
function cutOffFor(purchases: readonly DatedPurchase[], share: number): string {
  return purchases[Math.min(purchases.length - 1, Math.floor(purchases.length * share))]!.date;
}

function ownership(purchases: readonly DatedPurchase[]): Map<string, Set<string>> {
  const owned = new Map<string, Set<string>>();
  for (const p of purchases) {
    const products = owned.get(p.accountId) ?? new Set<string>();
    products.add(p.productId);
    owned.set(p.accountId, products);
  }
  return owned;
}

interface SplitResult {
  dataset: string;
  share: number;
  cutOff: string;
  trainPurchases: number;
  accounts: number;
  /** Test accounts that had more than k products left to buy (else any ranking finds them all). */
  beyondK: number;
  figures: { name: string; figures: RankingFigures }[];
  rankMs: number;
}

async function runSplit(
  db: CypherExecutor,
  dataset: CrossSellDataset,
  share: number,
  k: number,
  service: WhitespaceService,
  workDir: string,
): Promise<SplitResult> {
  const purchases = dataset.purchases();
  const cutOff = cutOffFor(purchases, share);
  const train = purchases.filter((p) => p.date < cutOff);
  const later = purchases.filter((p) => p.date >= cutOff);
  const owned: Ownership = ownership(train);
  const catalog = [...new Set(purchases.map((p) => p.productId))].sort();

  const tenantId = `bench-xsell-${dataset.name}-${Math.round(share * 100)}`;
  const dir = join(workDir, tenantId);
  dataset.writeTrainingFiles(cutOff, dir);
  const report = await runImport(db, {
    dir,
    format: 'mapping',
    mappingFile: dataset.mappingFile,
    tenantId,
    rejectsFile: join(dir, 'rejects.csv'),
  });
  if (report.aborted) throw new Error(`${tenantId}: the import was aborted`);

  // Products each account first bought on or after the cut-off.
  const bought = new Map<string, Set<string>>();
  for (const p of later) {
    if (!owned.has(p.accountId) || owned.get(p.accountId)!.has(p.productId)) continue;
    const products = bought.get(p.accountId) ?? new Set<string>();
    products.add(p.productId);
    bought.set(p.accountId, products);
  }
  const accounts = [...bought.keys()].sort();
  const caller: Caller = { tenantId, role: 'VIEWER', subject: 'bench' };

  const started = performance.now();
  const product: Ranker[] = [];
  const rankings = new Map<string, string[]>();
  for (const accountId of accounts) {
    const matrix = await service.matrix(caller, accountId);
    const ranking = matrix.ranked.filter((r) => r.rowId === accountId).map((r) => r.product.id);
    rankings.set(accountId, [...new Set(ranking)]);
  }
  const rankMs = performance.now() - started;
  product.push((id) => rankings.get(id) ?? []);

  const rankers: { name: string; rank: Ranker }[] = [
    { name: 'product (graph + Cypher + scoring)', rank: product[0]! },
    { name: 'popularity', rank: popularity(owned, catalog) },
    { name: 'k nearest accounts (cosine, k 20)', rank: nearestAccounts(owned, catalog, 20) },
    { name: 'item co-occurrence', rank: coOccurrence(owned, catalog) },
  ];
  const figures = rankers.map(({ name, rank }) => ({
    name,
    figures: figuresOf(
      accounts.map((id) => ({ ranking: rank(id), bought: bought.get(id)! })),
      k,
    ),
  }));
  const beyondK = accounts.filter((id) => catalog.length - (owned.get(id)?.size ?? 0) > k).length;
  return {
    dataset: dataset.name,
    share,
    cutOff,
    trainPurchases: train.length,
    accounts: accounts.length,
    beyondK,
    figures,
    rankMs,
  };
}

function printSplit(result: SplitResult, k: number): void {
  const [ours, ...baselines] = result.figures;
  const popularityFigures = baselines[0]!.figures;
  const best = baselines.reduce((a, b) => (b.figures.recallAtK > a.figures.recallAtK ? b : a));
  say(
    `-- ${result.dataset}, train share ${result.share}: cut-off ${result.cutOff}, ${count(result.trainPurchases)} purchases imported; ` +
      `${result.accounts} accounts bought something new after it (${result.beyondK} had more than ${k} products left to buy)`,
  );
  for (const line of table(
    ['ranking', `hit@${k}`, `recall@${k}`, `recall / popularity`],
    result.figures.map(({ name, figures }) => [
      name,
      figures.hitAtK.toFixed(3),
      figures.recallAtK.toFixed(3),
      ratio(figures.recallAtK, popularityFigures.recallAtK),
    ]),
  )) {
    say(`   ${line}`);
  }
  say(
    `   product recall@${k}: ${ratio(ours!.figures.recallAtK, popularityFigures.recallAtK)} popularity, ` +
      `${ratio(ours!.figures.recallAtK, best.figures.recallAtK)} the best baseline (${best.name}); ` +
      `${result.accounts} whitespace matrices in ${(result.rankMs / 1000).toFixed(1)} s`,
  );
  say();
}

/** Each ranking's recall@k averaged over the splits (each split weighs the same). */
function printMeans(dataset: string, results: readonly SplitResult[], k: number): void {
  if (results.length < 2) return;
  const names = results[0]!.figures.map((f) => f.name);
  const mean = (i: number, pick: (f: RankingFigures) => number) =>
    results.reduce((sum, r) => sum + pick(r.figures[i]!.figures), 0) / results.length;
  const recall = names.map((_, i) => mean(i, (f) => f.recallAtK));
  const best = Math.max(...recall.slice(1));
  say(`-- ${dataset}: mean over the ${results.length} splits`);
  for (const line of table(
    ['ranking', `hit@${k}`, `recall@${k}`, 'recall / popularity'],
    names.map((name, i) => [
      name,
      mean(i, (f) => f.hitAtK).toFixed(3),
      recall[i]!.toFixed(3),
      ratio(recall[i]!, recall[1]!),
    ]),
  )) {
    say(`   ${line}`);
  }
  say(
    `   product recall@${k}: ${ratio(recall[0]!, recall[1]!)} popularity, ${ratio(recall[0]!, best)} the best baseline`,
  );
  say();
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const analytics = loadAnalyticsConfig(process.env['ANALYTICS_CONFIG_FILE']);
  const home = mkdtempSync(join(tmpdir(), 'bench-crosssell-'));
  const work = mkdtempSync(join(tmpdir(), 'bench-crosssell-files-'));
  say(
    `== Cross-sell time split (k ${options.k}; weights ${JSON.stringify(analytics.whitespace.crossSell.weights)}, ` +
      `${analytics.whitespace.crossSell.behaviouralPeers} behavioural peers)`,
  );
  const neo4j = await EmbeddedNeo4j.start({
    launcherRoot: LAUNCHER_ROOT,
    homeDir: home,
    port: 0,
    heapMb: 1024,
    pageCacheMb: 256,
    transactionTimeoutSeconds: 300,
    log: () => undefined,
  });
  const driver = createDriver({ uri: neo4j.boltUri });
  try {
    const db = new CypherExecutor(driver, QueryRegistry.load(CYPHER_ROOT), {
      database: 'neo4j',
      timeoutMs: 300_000,
    });
    await migrateSchema(db, CYPHER_ROOT);
    const service = new WhitespaceService(new WhitespaceRepository(db), analytics.whitespace);
    for (const dataset of CROSS_SELL_DATASETS) {
      if (options.only !== null && !dataset.name.includes(options.only)) continue;
      say(`== ${dataset.name}: ${dataset.description}`);
      const results: SplitResult[] = [];
      for (const share of options.shares) {
        const result = await runSplit(db, dataset, share, options.k, service, work);
        printSplit(result, options.k);
        results.push(result);
      }
      printMeans(dataset.name, results, options.k);
    }
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(work, { recursive: true, force: true });
    if (options.keep) say(`Kept the store in ${home}`);
    else rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
