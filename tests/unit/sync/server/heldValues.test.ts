import { describe, expect, it } from 'vitest';
import { createProject, deleteProject } from '../../../../main/domain/projects';
import { compactChangeLog } from '../../../../main/sync/compactLog';
import { confirmServer, newestSeq, recordSuccess } from '../../../../main/sync/server/serverLinkStore';
import { freshDb, rowCount } from '../../testDb';

const who = { name: '李科长' };
const FINGERPRINT = Array(32).fill('AB').join(':');
const held = (db: ReturnType<typeof freshDb>): number => rowCount(db, 'sync_held');

describe('values held for a refusal the office may still send', () => {
  it('holds nothing on a laptop with no office server: deleted means deleted', () => {
    const db = freshDb();
    const p = createProject(db, who, { name: '整车基地项目', notes: '珠三角跟进' });
    deleteProject(db, who, p.id);
    compactChangeLog(db, new Date(Date.now() + 86_400_000));
    expect(held(db)).toBe(0);
  });

  it('holds what a deletion takes out of the log until a round that began after it completes', () => {
    const db = freshDb();
    confirmServer(db, 'https://127.0.0.1:8443', FINGERPRINT);
    const p = createProject(db, who, { name: '整车基地项目', notes: '珠三角跟进' });
    const roundBegan = newestSeq(db);
    deleteProject(db, who, p.id);
    const kept = db.prepare(`SELECT fields FROM sync_held WHERE tbl = 'projects'`).pluck().get() as string;
    expect(JSON.parse(kept)).toMatchObject({ name: '整车基地项目', notes: '珠三角跟进' });
    // A round that began before the deletion has not passed it on: the office may still refuse it.
    recordSuccess(db, roundBegan);
    expect(held(db)).toBeGreaterThan(0);
    recordSuccess(db, newestSeq(db));
    expect(held(db)).toBe(0);
  });
});
