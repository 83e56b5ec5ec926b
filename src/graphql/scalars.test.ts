import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { DateTimeISO, LocalDate } from './scalars';

describe('DateTimeISO', () => {
  const answers: unknown[] = [
    '2026-12-07T04:30:00.000Z',
    '1969-12-31T23:59:59.999Z',
    '0042-06-15T12:00:00.000Z',
    '2024-02-29T23:00:01.001Z',
    '2025-01-31T00:00:00.000Z',
    '2026-12-07T04:30:00Z',
    '2026-12-07T05:30:00.000+01:00',
    '2026-12-07t04:30:00.000z',
    new Date(Date.UTC(2026, 11, 7, 4, 30)),
  ];

  it('answers as graphql-scalars does, canonical instants or not', () => {
    for (const value of answers)
      expect(DateTimeISO.serialize(value)).toBe(GraphQLDateTimeISO.serialize(value));
  });

  it('refuses what graphql-scalars refuses', () => {
    for (const bad of [
      '2025-02-30T00:00:00.000Z',
      '2025-13-01T00:00:00.000Z',
      '2025-01-01T24:00:00.000Z',
      'soon',
      12.5e20,
    ]) {
      expect(() => GraphQLDateTimeISO.serialize(bad)).toThrow();
      expect(() => DateTimeISO.serialize(bad)).toThrow();
    }
  });

  it('keeps the scalar graphql-scalars declares (name, description, input parsing)', () => {
    expect(DateTimeISO.name).toBe(GraphQLDateTimeISO.name);
    expect(DateTimeISO.description).toBe(GraphQLDateTimeISO.description);
    expect(DateTimeISO.parseValue('2026-12-07T04:30:00Z')).toEqual(
      GraphQLDateTimeISO.parseValue('2026-12-07T04:30:00Z'),
    );
  });
});

describe('LocalDate', () => {
  it('answers as graphql-scalars does, canonical days or not', () => {
    for (const value of ['2026-12-07', '0042-06-15', '2024-02-29', '2025-01-31', '1999-12-28'])
      expect(LocalDate.serialize(value)).toBe(GraphQLLocalDate.serialize(value));
  });

  it('refuses what graphql-scalars refuses', () => {
    for (const bad of [
      '2025-02-30',
      '2025-13-01',
      '2025-00-10',
      '2025-1-01',
      '2025-01-01T00:00:00Z',
      20250101,
    ]) {
      expect(() => GraphQLLocalDate.serialize(bad)).toThrow();
      expect(() => LocalDate.serialize(bad)).toThrow();
    }
  });

  it('keeps the scalar graphql-scalars declares (name, description, input parsing)', () => {
    expect(LocalDate.name).toBe(GraphQLLocalDate.name);
    expect(LocalDate.description).toBe(GraphQLLocalDate.description);
    expect(LocalDate.parseValue('2026-12-07')).toBe('2026-12-07');
    expect(() => LocalDate.parseValue('2026-02-30')).toThrow();
  });
});
