import { describe, expect, it } from 'vitest';
import { listQuery } from '@contract/shared/listQuery';
import { DomainError } from '@contract/shared/errors';
import { buildList, type ListSpec } from '../../../main/domain/store/list';

const spec: ListSpec = {
  from: 'projects p',
  select: 'p.id',
  key: 'p.id',
  columns: {
    name: { sql: 'p.name', type: 'text' },
    amount: { sql: 'p.planned_amount', type: 'number' },
    signedOn: { sql: 'p.signed_on', type: 'date' },
    key: { sql: 'p.is_key', type: 'bool' },
    secret: { sql: 'p.notes', type: 'text', sortable: false, filterable: false },
  },
  search: ['p.name'],
  defaultSort: 'p.updated_at DESC',
};
const build = (input: unknown) => buildList(spec, listQuery.parse(input));

describe('grid query → SQL', () => {
  it('binds every text operator as a parameter, escaping LIKE wildcards', () => {
    const ops = {
      contains: ['p.name LIKE ?', '%50\\%\\_off%'],
      startsWith: ['p.name LIKE ?', '50\\%\\_off%'],
      endsWith: ['p.name LIKE ?', '%50\\%\\_off'],
      equals: ['p.name = ?', '50%_off'],
      notEqual: ['(p.name IS NULL OR p.name <> ?)', '50%_off'],
      notContains: ['(p.name IS NULL OR p.name NOT LIKE ?', '%50\\%\\_off%'],
    } as const;
    for (const [op, [sql, param]] of Object.entries(ops)) {
      const b = build({ filters: { name: { type: 'text', op, value: '50%_off' } } });
      expect(b.where).toContain(sql);
      expect(b.params).toEqual([param]);
    }
  });

  it('translates number, date, range, blank and set filters', () => {
    expect(
      build({ filters: { amount: { type: 'number', op: 'greaterThanOrEqual', value: 1e8 } } }),
    ).toMatchObject({
      where: 'WHERE p.planned_amount >= ?',
      params: [1e8],
    });
    expect(
      build({
        filters: { signedOn: { type: 'date', op: 'inRange', value: '2024-01-01', valueTo: '2024-06-30' } },
      }),
    ).toMatchObject({ where: 'WHERE p.signed_on BETWEEN ? AND ?', params: ['2024-01-01', '2024-06-30'] });
    expect(build({ filters: { name: { type: 'text', op: 'blank' } } }).where).toBe(
      "WHERE (p.name IS NULL OR p.name = '')",
    );
    expect(build({ filters: { amount: { type: 'number', op: 'notBlank' } } }).where).toBe(
      'WHERE p.planned_amount IS NOT NULL',
    );
    const set = build({ filters: { name: { type: 'set', values: ['甲', null] } } });
    expect(set.where).toBe('WHERE (p.name IN (?) OR p.name IS NULL)');
    expect(set.params).toEqual(['甲']);
    expect(build({ filters: { key: { type: 'set', values: [true] } } }).params).toEqual([1]);
  });

  it('sorts on allowed columns with a stable tie-breaker, nulls last', () => {
    expect(build({ sort: [{ col: 'amount', dir: 'desc' }] }).orderBy).toBe(
      'ORDER BY p.planned_amount DESC NULLS LAST, p.id DESC',
    );
    expect(build({}).orderBy).toBe('ORDER BY p.updated_at DESC, p.id DESC');
  });

  it('refuses unknown or forbidden columns, so column names can never carry SQL', () => {
    const attempts = [
      'name; DROP TABLE projects',
      'p.name',
      '__proto__',
      'constructor',
      'toString',
      'secret',
    ];
    for (const col of attempts) {
      expect(() => build({ sort: [{ col, dir: 'asc' }] })).toThrow();
      expect(() => build({ filters: { [col]: { type: 'text', op: 'equals', value: 'x' } } })).toThrow();
    }
    try {
      build({ sort: [{ col: 'secret', dir: 'asc' }] });
    } catch (e) {
      expect((e as DomainError).code).toBe('BAD_COLUMN');
    }
  });

  it('refuses a filter type that does not fit the column', () => {
    expect(() => build({ filters: { amount: { type: 'text', op: 'contains', value: '1' } } })).toThrow(
      DomainError,
    );
  });

  it('searches the free-text box as a bound substring', () => {
    const b = build({ q: "长城'汽车" });
    expect(b.where).toBe("WHERE (p.name LIKE ? ESCAPE '\\')");
    expect(b.params).toEqual(["%长城'汽车%"]);
  });

  it('caps page size and rejects negative offsets', () => {
    expect(() => listQuery.parse({ limit: 5000 })).toThrow();
    expect(() => listQuery.parse({ offset: -1 })).toThrow();
  });
});
