import { createGenerationContext, generateAccount } from '../demo/generate-portfolio';
import { idChecksum, SALESFORCE_NULL_ID, salesforceId, sfId } from './salesforce-ids';

describe('Salesforce ids', () => {
  it('computes the checksum Salesforce appends to a 15-character id', () => {
    // The documented example: chunks 001A0 | 00000 | 6Vm9r have capitals at bits 3, none, 1
    // -> 8, 0, 2 -> "I", "A", "C".
    expect(idChecksum('001A0000006Vm9r')).toBe('IAC');
    // The null sentinel is itself a well-formed id: 15 zeros -> "AAA".
    expect(`000000000000000${idChecksum('000000000000000')}`).toBe(SALESFORCE_NULL_ID);
  });

  it('writes the key prefix, instance, reserved 0 and nine base-62 digits', () => {
    // 1 -> 000000001; no capitals anywhere -> AAA.
    expect(salesforceId('Account', 1)).toBe('0018d0000000001AAA');
    // per-0005-013 -> 5 * 1000 + 13 = 5013 = 1*62^2 + 18*62 + 53 -> "1", "I", "r" (A=10, a=36);
    // chunk 3 is "001Ir": a capital at bit 3 -> 8 -> "I".
    expect(sfId.contact('per-0005-013')).toBe('0038d00000001IrAAI');
    expect(sfId.account('acc-0001')).toBe('0018d0000000001AAA');
    expect(sfId.user('tm-04')).toBe('0058d0000000004AAA');
  });

  it('keeps ids unique even when compared without case, as Salesforce promises', () => {
    // 10 -> "A" and 36 -> "a": the 15-character ids differ only in case, the checksums do not.
    const upper = salesforceId('Contact', 10);
    const lower = salesforceId('Contact', 36);
    expect(upper.slice(0, 15).toLowerCase()).toBe(lower.slice(0, 15).toLowerCase());
    expect(upper.toLowerCase()).not.toBe(lower.toLowerCase());
  });

  it('gives every record of a generated portfolio its own id, derived from its demo id', () => {
    const ctx = createGenerationContext({ seed: 7, asOf: '2026-11-01' });
    const seen = new Map<string, string>();
    const remember = (demoId: string, id: string) => {
      expect(id).toMatch(/^[0-9A-Za-z]{18}$/);
      const key = id.toLowerCase();
      expect(seen.get(key) ?? demoId).toBe(demoId);
      seen.set(key, demoId);
    };
    for (let index = 1; index <= 4; index += 1) {
      const bundle = generateAccount(ctx, index);
      remember(bundle.account.id, sfId.account(bundle.account.id));
      bundle.people.forEach((p) => remember(p.id, sfId.contact(p.id)));
      bundle.people.forEach((p) => remember(`merged:${p.id}`, sfId.mergedContact(p.id)));
      bundle.interactions.forEach((i) => remember(i.id, sfId.activity('Task', i.id)));
      bundle.interactions.forEach((i) => remember(`event:${i.id}`, sfId.activity('Event', i.id)));
      bundle.opportunities.forEach((o) => remember(o.id, sfId.opportunity(o.id)));
      bundle.opportunityContactRoles.forEach((r) =>
        remember(`${r.opportunityId}/${r.personId}`, sfId.contactRole(r.opportunityId, r.personId)),
      );
      bundle.tickets.forEach((t) => remember(t.id, sfId.case(t.id)));
      bundle.subscriptions.forEach((s) => remember(s.id, sfId.subscription(s.id)));
      bundle.usageSnapshots.forEach((u) => remember(u.id, sfId.usage(u.id)));
      bundle.npsResponses.forEach((n) => remember(n.id, sfId.nps(n.id)));
      bundle.objectives.forEach((o) => remember(o.id, sfId.objective(o.id)));
    }
    ctx.catalog.products.forEach((p) => remember(p.id, sfId.product(p.id)));
    ctx.catalog.competitors.forEach((c) => remember(c.id, sfId.competitor(c.id)));
    ctx.catalog.teamMembers.forEach((t) => remember(t.id, sfId.user(t.id)));
    // Same demo id, same Salesforce id: nothing depends on call order.
    expect(sfId.contact('per-0002-003')).toBe(sfId.contact('per-0002-003'));
  });

  it('refuses ids it cannot encode without colliding', () => {
    expect(() => sfId.contact('acc-0001')).toThrow('Not a demo per id');
    expect(() => sfId.contact('per-0001-1000')).toThrow('does not fit');
    expect(() => sfId.product('prod-unknown')).toThrow('Not in the demo catalog');
    expect(() => salesforceId('Account', -1)).toThrow('Cannot encode');
  });
});
