import { toBoolean, toDate, toDateTime, toInteger, toNumber } from './convert-value';

describe('value conversion', () => {
  it('reads whole numbers, and says why not', () => {
    expect(toInteger('42')).toEqual({ ok: true, value: 42 });
    expect(toInteger('1200.0')).toEqual({ ok: true, value: 1200 });
    expect(toInteger('12.5')).toEqual({ ok: false, reason: 'not a whole number' });
    expect(toInteger('')).toEqual({ ok: false, reason: 'not a whole number' });
  });

  it('reads numbers without accepting what Number() would', () => {
    expect(toNumber('1.25E7')).toEqual({ ok: true, value: 12_500_000 });
    expect(toNumber('-3.5')).toEqual({ ok: true, value: -3.5 });
    expect(toNumber('0x1A').ok).toBe(false);
    expect(toNumber('1,234').ok).toBe(false);
  });

  it('reads Salesforce 0/1 and the usual spellings of booleans', () => {
    expect(toBoolean('1')).toEqual({ ok: true, value: true });
    expect(toBoolean('False')).toEqual({ ok: true, value: false });
    expect(toBoolean('maybe').ok).toBe(false);
  });

  it('reads ISO dates and Salesforce datetimes, keeping the calendar date as written', () => {
    expect(toDate('2024-02-15')).toEqual({ ok: true, value: '2024-02-15' });
    expect(toDate('1996-07-04 00:00:00.000')).toEqual({ ok: true, value: '1996-07-04' });
    expect(toDate('2024-02-30')).toEqual({ ok: false, reason: 'not a real calendar date' });
    expect(toDate('15/02/2024').ok).toBe(false);
  });

  it('reads non-ISO dates with a format', () => {
    expect(toDate('2/5/2024', 'M/D/YYYY')).toEqual({ ok: true, value: '2024-02-05' });
    expect(toDate('05.02.2024', 'DD.MM.YYYY')).toEqual({ ok: true, value: '2024-02-05' });
    expect(toDate('2024-02-05', 'M/D/YYYY')).toEqual({ ok: false, reason: 'not a date in format M/D/YYYY' });
  });

  it('reads datetimes as UTC unless they name a zone', () => {
    expect(toDateTime('2023-02-07 20:47:49')).toEqual({ ok: true, value: '2023-02-07T20:47:49.000Z' });
    expect(toDateTime('2023-02-07T20:47:49+02:00')).toEqual({ ok: true, value: '2023-02-07T18:47:49.000Z' });
    expect(toDateTime('2024-01-12')).toEqual({ ok: true, value: '2024-01-12T00:00:00.000Z' });
    expect(toDateTime('2/5/2024 14:30', 'M/D/YYYY HH:mm')).toEqual({
      ok: true,
      value: '2024-02-05T14:30:00.000Z',
    });
  });
});

describe('toDateTime without a zone', () => {
  // The reference: what Date gives for the same text (written out without Date now).
  const viaDate = (text: string): string | null => {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
    if (!m) return null;
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date.toISOString() : null;
  };

  it.each([
    '2023-02-07 20:47:49',
    '2024-02-29 23:59:59',
    '2023-02-29 00:00:00',
    '1900-02-29 12:00:00',
    '2000-02-29 12:00:00',
    '0100-02-29 00:00:00',
    '0999-12-31 23:59:59',
    '2023-04-31 10:00:00',
    '9999-12-31 23:59:59',
  ])('%s reads as Date reads it', (text) => {
    const converted = toDateTime(text);
    expect(converted.ok ? converted.value : null).toBe(viaDate(text));
  });
});
