import { writeFileSync } from 'node:fs';
import { generateDemoPortfolio } from '../../seed/demo/generate-portfolio';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, tokenFor } from '../support/app';
import { testTenant } from '../support/graph';
import { seedTenant } from '../support/seed';

const AS_OF = '2026-11-22';
const FIELDS = `id expansionType product { name } businessUnitName subsidiaryName subscriptionId status missing summary
  context { met missing reasons { code met detail date evidence { kind id date label value } } }
  timing { met missing reasons { code met detail date } }
  stakeholderAlignment { met missing omitted reasons { code detail } }
  readiness { met missing reasons { code met detail } }
  intent { met missing reasons { code detail evidence { kind id } } }
  hold { message blockers { code message } }
  businessCase { metric statement objective { title } options { share seats newCeiling price monthsOfHeadroom } gaps }
  size { value method seats pricePerSeat priceBasis calculation evidenceIds }
  suggestedTiming { date why overdue }
  stakeholders { name roles reasons } moreStakeholders
  signals { kind summary } whitespaceCell { rank rowName status value }`;

describe('scratch', () => {
  let app: RunningApp;
  const tenant = testTenant('opps-scratch');
  const token = tokenFor(tenant);
  beforeAll(async () => {
    app = await startTestApp({}, () => new Date(`${AS_OF}T12:00:00Z`));
    await seedTenant(app.db, tenant, generateDemoPortfolio({ seed: 42, accounts: 36, asOf: AS_OF }));
  }, 180_000);
  afterAll(() => app.stop());

  it('dumps', async () => {
    for (const id of ['acc-0001', 'acc-0009', 'acc-0003', 'acc-0011']) {
      const r = await gql(app, `{ expansionOpportunities(accountId: "${id}") { accountName asOf byStatus { status count } expansionGate { allowed band score blockers { code message } } dataGaps opportunities { ${FIELDS} } } }`, {}, token);
      writeFileSync(`/tmp/opps-${id}.json`, JSON.stringify(r, null, 2));
    }
    const t0 = Date.now();
    const p = await gql(app, `{ portfolioExpansionOpportunities(first: 100) { totalCount edges { node { id status size { value } summary } } } }`, {}, token);
    writeFileSync(`/tmp/opps-portfolio.json`, JSON.stringify({ ms: Date.now() - t0, ...p }, null, 2));
  }, 120_000);
});
