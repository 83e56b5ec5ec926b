import type { Random } from './random';

/** Name material. Plain ASCII so emails can be derived without transliteration. */

// prettier-ignore
export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella', 'Lucas',
  'Mia', 'Aiden', 'Amelia', 'Elijah', 'Harper', 'James', 'Evelyn', 'Benjamin', 'Abigail', 'Logan',
  'Emily', 'Alexander', 'Ella', 'Daniel', 'Chloe', 'Matthew', 'Grace', 'Samuel', 'Zoe', 'David',
  'Nora', 'Joseph', 'Layla', 'Carter', 'Riley', 'Owen', 'Hannah', 'Wyatt', 'Aria', 'Julian',
  'Lily', 'Gabriel', 'Priya', 'Arjun', 'Ananya', 'Rohan', 'Mei', 'Wei', 'Yuki', 'Hiroshi',
  'Sofia', 'Mateo', 'Valentina', 'Santiago', 'Camila', 'Diego', 'Lucia', 'Carlos', 'Fatima', 'Omar',
  'Aisha', 'Yusuf', 'Amara', 'Kwame', 'Chinedu', 'Ngozi', 'Lars', 'Ingrid', 'Sven', 'Freya',
  'Pierre', 'Camille', 'Luca', 'Giulia', 'Marta', 'Tomas', 'Katarzyna', 'Piotr', 'Elena', 'Dmitri',
  'Sean', 'Siobhan', 'Rachel', 'Nathan', 'Laura', 'Kevin', 'Monica', 'Brian', 'Teresa', 'Victor',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez',
  'Martinez', 'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore',
  'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez',
  'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen',
  'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell',
  'Carter', 'Roberts', 'Patel', 'Shah', 'Kumar', 'Singh', 'Chen', 'Wang', 'Zhang', 'Liu', 'Tanaka',
  'Sato', 'Kim', 'Park', 'Okafor', 'Mensah', 'Abara', 'Haddad', 'Khalil', 'Novak', 'Kowalski',
  'Nowak', 'Schmidt', 'Fischer', 'Weber', 'Rossi', 'Bianchi', 'Dubois', 'Laurent', 'Moreau',
  'Jansen', 'de Vries', 'Larsen', 'Nilsson', 'Berg', 'Andersen', 'Murphy', 'Kelly', "O'Brien",
  'Byrne', 'Walsh', 'Fernandes', 'Silva', 'Costa', 'Oliveira', 'Morales', 'Ortiz', 'Reyes', 'Cruz',
] as const;

/**
 * Invented place-like words for company names. The generator walks a per-seed shuffle of this
 * list, so the first 64 accounts never share a stem.
 */
// prettier-ignore
export const COMPANY_STEMS = [
  'Alder', 'Bramble', 'Calloway', 'Dunmore', 'Everly', 'Fairhaven', 'Glenrock', 'Hollis',
  'Ironvale', 'Juniper', 'Kestrel', 'Larkspur', 'Marlow', 'Northgate', 'Oakhurst', 'Pembrook',
  'Quarrystone', 'Ravenwood', 'Stillwater', 'Thornbury', 'Umberfield', 'Vantor', 'Westbrook',
  'Yarrow', 'Zephyrine', 'Ashgrove', 'Bellhaven', 'Cobaltine', 'Driftwood', 'Emberly', 'Foxglove',
  'Granger', 'Halcyon', 'Inverness', 'Jasperly', 'Kingsley', 'Lochmere', 'Meridian', 'Norwood',
  'Orchardine', 'Pinecrest', 'Quillon', 'Redfern', 'Silverbirch', 'Tamarack', 'Upland', 'Verity',
  'Wexford', 'Brightwater', 'Clearwell', 'Highmoor', 'Lindenfield', 'Mossbank', 'Oldcastle',
  'Riverton', 'Saltmarsh', 'Tidewater', 'Whitlock', 'Amberly', 'Birchfield', 'Copperline',
  'Deepwell', 'Elmstead', 'Fernhill',
] as const;

/** Lower-case letters only: "O'Brien" -> "obrien", "de Vries" -> "devries". */
export function emailPart(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** Unique names within one account, and the work emails that follow from them. */
export function personNamer(domain: string, rng: Random): () => { name: string; email: string } {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; ; attempt += 1) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const initial = attempt >= 20 ? ` ${String.fromCharCode(65 + rng.int(0, 25))}.` : '';
      const name = `${first}${initial} ${last}`;
      if (used.has(name)) continue;
      used.add(name);
      return { name, email: `${emailPart(first)}.${emailPart(initial)}${emailPart(last)}@${domain}` };
    }
  };
}

/** Unique per account number: a single stem for the first 64, then pairs of distinct stems. */
export function companyStem(stems: readonly string[], index: number): string {
  const position = (index - 1) % stems.length;
  const round = Math.floor((index - 1) / stems.length);
  const first = stems[position] as string;
  if (round === 0) return first;
  const second = stems[(position + round) % stems.length] as string;
  return round < stems.length ? `${first} ${second}` : `${first} ${second} ${round}`;
}
