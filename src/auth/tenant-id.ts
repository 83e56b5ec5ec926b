/**
 * Tenant ids are lower-case slugs: a claim of `TENB` is tenant `tenb`, never a second, empty
 * tenant beside it. Surrounding spaces are dropped; anything else outside the slug alphabet is
 * refused rather than rewritten, so two different claims cannot collapse into one tenant by
 * accident.
 */
const TENANT_SLUG = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export function normaliseTenantId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const tenant = value.trim().toLowerCase();
  return TENANT_SLUG.test(tenant) ? tenant : null;
}
