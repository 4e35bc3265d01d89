import { describe, expect, it } from 'vitest';
import { listQuery } from '@contract/shared/listQuery';
import { toListQuery } from '../../../renderer/src/grid/toListQuery';

describe('ag-grid request → contract ListQuery', () => {
  it('turns a block request with sort and filters into one valid page query', () => {
    const q = toListQuery(
      {
        startRow: 200,
        endRow: 300,
        sortModel: [{ colId: 'registeredCapital', sort: 'desc' }],
        filterModel: {
          name: { filterType: 'text', type: 'contains', filter: '汽车' },
          registeredCapital: { filterType: 'number', type: 'inRange', filter: 1, filterTo: 5 },
          updatedAt: { filterType: 'date', type: 'greaterThan', dateFrom: '2024-03-01 00:00:00' },
        },
      },
      '  长城 ',
      { registeredCapital: 100_000_000 },
    );
    expect(q).toEqual({
      offset: 200,
      limit: 100,
      sort: [{ col: 'registeredCapital', dir: 'desc' }],
      filters: {
        name: { type: 'text', op: 'contains', value: '汽车' },
        registeredCapital: { type: 'number', op: 'inRange', value: 100_000_000, valueTo: 500_000_000 },
        updatedAt: { type: 'date', op: 'greaterThan', value: '2024-03-01', valueTo: undefined },
      },
      q: '长城',
    });
    expect(listQuery.safeParse(q).success).toBe(true);
  });

  it('never asks for more than the contract allows in one page', () => {
    const q = toListQuery({ startRow: 0, endRow: 10_000, sortModel: [], filterModel: null }, undefined);
    expect(q.limit).toBe(500);
    expect(q).not.toHaveProperty('q');
  });
});
