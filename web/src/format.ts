// Small shared formatting: money, roles, strength colours.

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

export function formatMoney(value: number): string {
  return money.format(value);
}

export const ROLE_BADGES: Record<string, { short: string; label: string }> = {
  CHAMPION: { short: 'CH', label: 'Champion' },
  ECONOMIC_BUYER: { short: 'EB', label: 'Economic buyer' },
  DECISION_MAKER: { short: 'DM', label: 'Decision maker' },
  EXECUTIVE_SPONSOR: { short: 'SP', label: 'Executive sponsor' },
  INFLUENCER: { short: 'IN', label: 'Influencer' },
  TECHNICAL_EVALUATOR: { short: 'TE', label: 'Technical evaluator' },
  END_USER: { short: 'EU', label: 'End user' },
  DETRACTOR: { short: 'DT', label: 'Detractor' },
  BLOCKER: { short: 'BL', label: 'Blocker' },
};

export const TEAM_BADGES: Record<string, { short: string; label: string }> = {
  ACCOUNT_OWNER: { short: 'AE', label: 'Account owner' },
  CSM: { short: 'CSM', label: 'Customer success manager' },
  SOLUTIONS_ENGINEER: { short: 'SE', label: 'Solutions engineer' },
  EXECUTIVE_SPONSOR: { short: 'EXEC', label: 'Executive sponsor' },
};

export const STAKEHOLDER_ROLES = Object.keys(ROLE_BADGES);

export function roleLabel(role: string): string {
  return ROLE_BADGES[role]?.label ?? humanise(role);
}

export function humanise(code: string): string {
  const text = code.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Relationship strength 0–100 as a colour: none grey, weak red, middling amber, strong green. */
export function strengthColour(score: number | undefined): string {
  if (score === undefined || score <= 0) return '#b0b7c3';
  if (score < 25) return '#d64545';
  if (score < 50) return '#e8a33d';
  if (score < 75) return '#7bb661';
  return '#2e8b57';
}

export const STRENGTH_LEGEND: { label: string; colour: string }[] = [
  { label: 'no contact', colour: strengthColour(undefined) },
  { label: '< 25', colour: strengthColour(10) },
  { label: '25–49', colour: strengthColour(30) },
  { label: '50–74', colour: strengthColour(60) },
  { label: '75+', colour: strengthColour(90) },
];

export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function bandClass(band: string | null): string {
  return band ? `band band-${band.toLowerCase()}` : 'band band-none';
}
