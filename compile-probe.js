const { parse, validate } = require('graphql');
const { compileQuery } = require('graphql-jit');
const { buildGraphQLSchema } = require('/work/wt-lead/dist/src/graphql/build-schema');
const { accountPlanWarmUpDocument } = require('/work/wt-lead/dist/src/graphql/warm-up-operations');
const schema = buildGraphQLSchema();
const t = (label, f) => { const s = performance.now(); const r = f(); console.log(label, (performance.now() - s).toFixed(1), 'ms'); return r; };
const warm = t('parse warm doc', () => parse(accountPlanWarmUpDocument(schema)));
t('validate warm doc', () => validate(schema, warm));
t('compile warm doc', () => compileQuery(schema, warm, undefined, { disablingCapturingStackErrors: true }));
t('compile warm doc again (new parse)', () => compileQuery(schema, parse(accountPlanWarmUpDocument(schema)), undefined, { disablingCapturingStackErrors: true }));
const PLAN = `query($id: ID!) { accountPlan(accountId: $id) { accountId asOf markdown
  keyPeople { personId roles engaged } mutualActionPlan { date source sourceId } } }`;
const d = t('parse plan doc', () => parse(PLAN));
t('validate plan doc', () => validate(schema, d));
t('compile plan doc', () => compileQuery(schema, d, undefined, { disablingCapturingStackErrors: true }));
const d2 = parse(PLAN.replace('asOf', 'asOf accountName'));
t('compile plan doc variant', () => compileQuery(schema, d2, undefined, { disablingCapturingStackErrors: true }));
