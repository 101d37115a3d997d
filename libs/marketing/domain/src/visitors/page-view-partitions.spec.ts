import { expiredPartitions, monthOfPartition, partitionName, partitionOf, partitionsAhead } from './page-view-partitions';

const at = (iso: string) => new Date(iso);

describe('page_view partitions', () => {
  it('names one partition per UTC month with its bounds', () => {
    expect(partitionOf(at('2026-12-06T02:48:00Z'))).toEqual({ name: 'page_view_y2026m12', from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    // 23:30 on 31 January in Shanghai is still January in UTC.
    expect(partitionOf(at('2027-01-31T15:30:00Z')).name).toBe('page_view_y2027m01');
  });

  it('wants this month and the next, across a year end', () => {
    expect(partitionsAhead(at('2026-12-31T23:59:59Z')).map((p) => p.name)).toEqual(['page_view_y2026m12', 'page_view_y2027m01']);
  });

  it('reads the month back from a name, and nothing from a name that is not ours', () => {
    expect(monthOfPartition(partitionName(at('2025-03-01T00:00:00Z')))).toEqual(at('2025-03-01T00:00:00Z'));
    for (const other of ['page_view', 'page_view_y2025m13', 'page_view_default', 'web_visitor', 'page_view_y2025m1']) expect(monthOfPartition(other)).toBeNull();
  });

  it('drops only the partitions entirely older than the retention', () => {
    const names = ['page_view_y2025m10', 'page_view_y2025m11', 'page_view_y2025m12', 'page_view_y2026m12', 'page_view_y2027m01', 'page_view_default', 'page_view_archive'];
    expect(expiredPartitions(names, at('2026-12-06T00:00:00Z'), 13)).toEqual(['page_view_y2025m10']);
    expect(expiredPartitions(names, at('2026-12-06T00:00:00Z'), 12)).toEqual(['page_view_y2025m10', 'page_view_y2025m11']);
    expect(expiredPartitions(names, at('2026-12-06T00:00:00Z'), 1)).toEqual(['page_view_y2025m10', 'page_view_y2025m11', 'page_view_y2025m12']);
  });
});
