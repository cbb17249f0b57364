import { eventDayKeys, MAX_KEYED_DAYS } from '../../src/resolve/eventDayKeys';

describe('eventDayKeys', () => {
  it('gives one key per place and day of a day-precise span, across a month end', () => {
    expect(eventDayKeys(['900', '901'], { start: '1992-02-28', end: '1992-03-01', precision: 'day' })).toEqual([
      'event|day-at|900|1992-02-28',
      'event|day-at|900|1992-02-29',
      'event|day-at|900|1992-03-01',
      'event|day-at|901|1992-02-28',
      'event|day-at|901|1992-02-29',
      'event|day-at|901|1992-03-01',
    ]);
  });

  it('gives none for a month or year, a reversed span, or a span longer than the cap', () => {
    expect(eventDayKeys(['900'], { start: '1992-02-01', end: '1992-02-29', precision: 'month' })).toEqual([]);
    expect(eventDayKeys(['900'], { start: '1992-03-02', end: '1992-03-01', precision: 'day' })).toEqual([]);
    expect(eventDayKeys(['900'], { start: '1992-01-01', end: '1992-02-01', precision: 'day' })).toEqual([]);
    expect(eventDayKeys(['900'], { start: '1992-01-01', end: '1992-01-31', precision: 'day' })).toHaveLength(MAX_KEYED_DAYS);
    expect(eventDayKeys(['900'], undefined)).toEqual([]);
  });
});
