/** The seeds' quarterly thematic meeting target of a unit for a year, as the API takes it (for the tests). */
export const thematicTarget = (unitId: string, year: number) => ({
  unitId,
  year,
  text: '100% chi bộ sinh hoạt chuyên đề ít nhất 01 lần/quý',
  subjectKind: 'cell',
  metricKey: 'thematic_meetings_per_cell',
  comparator: 'gte',
  value: 1,
  periodType: 'quarter',
});
