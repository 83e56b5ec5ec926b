import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths';

/**
 * The public datasets with dated purchases the cross-sell benchmark splits in time. Each is read
 * from the repository's copy in test/fixtures/public-data (the one the import tests use; see
 * SOURCE.md there) and imported through the
 * project's importer with its shipped mapping (seed/mappings), so the graph holds exactly what
 * the product would hold had the export been taken on the cut-off day.
 */

export const DATASETS_ROOT = join(PROJECT_ROOT, 'test', 'fixtures', 'public-data');
const MAPPINGS_ROOT = join(PROJECT_ROOT, 'seed', 'mappings');

/** A won purchase with the ids the import gives the account and the product. */
export interface DatedPurchase {
  accountId: string;
  productId: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface CrossSellDataset {
  name: string;
  description: string;
  mappingFile: string;
  /** Every dated won purchase, oldest first. */
  purchases(): DatedPurchase[];
  /** Writes the dataset's files into `dir` as known before `cutOff` (purchases before it only). */
  writeTrainingFiles(cutOff: string, dir: string): void;
}

/** A CSV's lines without line endings (CRLF or LF); quoted newlines do not occur in these files. */
function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
}

function writeLines(file: string, rows: readonly string[]): void {
  writeFileSync(file, `${rows.join('\n')}\n`);
}

/**
 * Maven CRM: a pipeline row is a purchase when its stage is Won and it has an account; it is
 * dated by its close date. Only those rows closed before the cut-off are kept for training (lost
 * and open deals are not ownership, and an open deal that wins later is what is being predicted).
 */
function mavenCrm(): CrossSellDataset {
  const dir = join(DATASETS_ROOT, 'maven-crm-sales-opportunities');
  const pipeline = () => {
    const [header, ...rows] = lines(join(dir, 'sales_pipeline.csv'));
    const columns = header!.split(',');
    const at = (name: string) => columns.indexOf(name);
    const parsed = rows.map((line) => {
      const cells = line.split(',');
      return {
        line,
        account: cells[at('account')] ?? '',
        product: cells[at('product')] ?? '',
        stage: cells[at('deal_stage')] ?? '',
        closeDate: cells[at('close_date')] ?? '',
      };
    });
    return { header: header!, rows: parsed };
  };
  const won = (r: { account: string; stage: string; closeDate: string }) =>
    r.stage === 'Won' && r.account !== '' && r.closeDate !== '';
  return {
    name: 'maven-crm',
    description: 'Maven CRM sales pipeline: 85 accounts, 7 products, won deals dated by close date',
    mappingFile: join(MAPPINGS_ROOT, 'maven-crm.json'),
    purchases: () =>
      pipeline()
        .rows.filter(won)
        // The mapping's own correction: the pipeline's 'GTXPro' is products.csv's 'GTX Pro'.
        .map((r) => ({
          accountId: r.account,
          productId: r.product === 'GTXPro' ? 'GTX Pro' : r.product,
          date: r.closeDate,
        }))
        .sort((a, b) => a.date.localeCompare(b.date)),
    writeTrainingFiles: (cutOff, out) => {
      mkdirSync(out, { recursive: true });
      for (const file of ['accounts.csv', 'products.csv', 'sales_teams.csv']) {
        copyFileSync(join(dir, file), join(out, file));
      }
      const { header, rows } = pipeline();
      const kept = rows.filter((r) => won(r) && r.closeDate < cutOff).map((r) => r.line);
      writeLines(join(out, 'sales_pipeline.csv'), [header, ...kept]);
    },
  };
}

/**
 * Northwind: an order line is a purchase of its product by the order's customer, dated by the
 * order date (the shipped mapping imports each line as a won opportunity). Orders placed before
 * the cut-off and their lines are kept for training.
 */
function northwind(): CrossSellDataset {
  const dir = join(DATASETS_ROOT, 'northwind');
  // orderID, customerID, employeeID, orderDate come first and never hold a comma (the address
  // columns after them do, unquoted: the mapping's overflowColumn).
  const orders = () => {
    const [header, ...rows] = lines(join(dir, 'orders.csv'));
    return {
      header: header!,
      rows: rows.map((line) => {
        const [orderId, customerId, , orderDate] = line.split(',');
        return { line, orderId: orderId!, customerId: customerId!, date: (orderDate ?? '').slice(0, 10) };
      }),
    };
  };
  const details = () => {
    const [header, ...rows] = lines(join(dir, 'order-details.csv'));
    return {
      header: header!,
      rows: rows.map((line) => {
        const [orderId, productId] = line.split(',');
        return { line, orderId: orderId!, productId: productId! };
      }),
    };
  };
  return {
    name: 'northwind',
    description:
      'Northwind order history: 89 customers with orders, 77 products, order lines dated by order date',
    mappingFile: join(MAPPINGS_ROOT, 'northwind.json'),
    purchases: () => {
      const byOrder = new Map(orders().rows.map((o) => [o.orderId, o]));
      return details()
        .rows.flatMap((d) => {
          const order = byOrder.get(d.orderId);
          // The mapping prefixes product ids with 'prod-'; customers keep their customerID.
          return order
            ? [{ accountId: order.customerId, productId: `prod-${d.productId}`, date: order.date }]
            : [];
        })
        .sort((a, b) => a.date.localeCompare(b.date));
    },
    writeTrainingFiles: (cutOff, out) => {
      mkdirSync(out, { recursive: true });
      for (const file of ['categories.csv', 'customers.csv', 'employees.csv', 'products.csv']) {
        copyFileSync(join(dir, file), join(out, file));
      }
      const o = orders();
      const kept = o.rows.filter((r) => r.date < cutOff);
      const keptIds = new Set(kept.map((r) => r.orderId));
      writeLines(join(out, 'orders.csv'), [o.header, ...kept.map((r) => r.line)]);
      const d = details();
      writeLines(join(out, 'order-details.csv'), [
        d.header,
        ...d.rows.filter((r) => keptIds.has(r.orderId)).map((r) => r.line),
      ]);
    },
  };
}

export const CROSS_SELL_DATASETS: readonly CrossSellDataset[] = [northwind(), mavenCrm()];
