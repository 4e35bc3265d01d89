import { DomainError } from '@contract/shared/errors';

/**
 * Constraint failures are the database's last line of validation; they reach the person
 * as a sentence, never as "SQLITE_CONSTRAINT_CHECK".
 */
export function translateSqliteError<T>(label: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    const msg = (err as Error).message ?? '';
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      if (msg.includes('credit_code'))
        throw new DomainError('DUPLICATE', '已有相同统一社会信用代码的企业', {
          creditCode: '该信用代码已存在',
        });
      throw new DomainError('CONFLICT', `${label}与已有记录重复`);
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new DomainError('IN_USE', `${label}仍被其他记录引用（或引用的记录不存在），未作更改`);
    }
    if (code === 'SQLITE_CONSTRAINT_CHECK' || code === 'SQLITE_CONSTRAINT_NOTNULL') {
      throw new DomainError('VALIDATION', `${label}的数据不符合要求，未保存`);
    }
    throw err;
  }
}
