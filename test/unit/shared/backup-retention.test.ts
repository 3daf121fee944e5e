import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../../shared/backup-retention';

/** Local time, so "today" means the same thing in every time zone the tests run in. */
const at = (day: number, hour: number, minute = 0) =>
  new Date(2026, 2, day, hour, minute).getTime();
const NOW = at(14, 18);

const backup = (name: string, createdAt: number) => ({ name, createdAt });
const deleted = (backups: { name: string; createdAt: number }[], now = NOW) =>
  backupsToDelete(backups, now).map((b) => b.name);

describe('backupsToDelete', () => {
  it('keeps everything while under every limit', () => {
    expect(
      deleted([backup('a', at(14, 9)), backup('b', at(13, 9)), backup('c', at(1, 9))]),
    ).toEqual([]);
  });

  it('keeps the newest three of today', () => {
    const today = [8, 9, 10, 11, 12].map((hour) => backup(`t${hour}`, at(14, hour)));
    expect(deleted(today)).toEqual(['t9', 't8']);
  });

  it('keeps the newest backup of each earlier day', () => {
    expect(
      deleted([
        backup('13-morning', at(13, 8)),
        backup('13-evening', at(13, 20)),
        backup('12-noon', at(12, 12)),
        backup('12-night', at(12, 23, 59)),
        backup('11-midnight', at(11, 0)),
      ]),
    ).toEqual(['13-morning', '12-noon']);
  });

  it('keeps ten in total, the newest', () => {
    const days = Array.from({ length: 14 }, (_, i) => backup(`d${i + 1}`, at(i + 1, 12)));
    // Day 14 is today (before NOW); the four oldest days go.
    expect(deleted(days)).toEqual(['d4', 'd3', 'd2', 'd1']);
  });

  it('counts today’s three towards the ten', () => {
    const today = [9, 10, 11, 12].map((hour) => backup(`t${hour}`, at(14, hour)));
    const earlier = Array.from({ length: 9 }, (_, i) => backup(`d${13 - i}`, at(13 - i, 12)));
    expect(deleted([...earlier, ...today])).toEqual(['t9', 'd6', 'd5']);
  });

  it('treats backups dated after now (a clock set back) as today’s', () => {
    expect(
      deleted([
        backup('future', at(16, 9)),
        backup('t1', at(14, 9)),
        backup('t2', at(14, 10)),
        backup('t3', at(14, 11)),
      ]),
    ).toEqual(['t1']);
  });

  it('splits days at local midnight', () => {
    expect(
      deleted([backup('before', at(13, 23, 59)), backup('after', at(14, 0, 0))], at(14, 0, 1)),
    ).toEqual([]);
    expect(
      deleted(
        [backup('a', at(12, 23, 58)), backup('b', at(12, 23, 59)), backup('c', at(14, 0))],
        at(14, 1),
      ),
    ).toEqual(['a']);
  });

  it('accepts any input order and leaves the input alone', () => {
    const input = [backup('old', at(13, 8)), backup('new', at(13, 20))];
    const copy = [...input];
    expect(deleted(input)).toEqual(['old']);
    expect(input).toEqual(copy);
  });

  it('handles an empty folder', () => {
    expect(deleted([])).toEqual([]);
  });
});
