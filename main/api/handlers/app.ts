import { migrations } from '../../db/migrations';
import { loadDemoData } from '../../domain/demo';
import type { Db } from '../../db/open';
import { shownPath } from '../shownPath';
import type { HandlerGroup } from './types';

const count = (db: Db, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

export const appHandlers: HandlerGroup<'app' | 'demo'> = {
  'app.info': ({ db, databasePath, appVersion, actor }) => {
    const counts = {
      companies: count(db, 'companies'),
      contacts: count(db, 'contacts'),
      projects: count(db, 'projects'),
      interactions: count(db, 'interactions'),
      trips: count(db, 'trips'),
    };
    return {
      version: appVersion,
      schemaVersion: migrations.length,
      databaseLocation: shownPath(databasePath),
      empty: counts.companies + counts.contacts + counts.projects === 0,
      counts,
      user: actor.name,
    };
  },
  'app.integrity': ({ integrity }) => integrity?.() ?? { state: 'pending' },
  'demo.load': ({ db, actor, emit }, { size }) =>
    loadDemoData(db, actor, size, (done, total) =>
      emit('progress', { task: 'demo', done, total, label: '正在生成演示数据' }),
    ),
};
