import { readFileSync, rmSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsDirFor, createBackup } from '../../../main/db/backup';
import { backupStoreDir } from '../../../main/db/backupAttachments';
import { useDatabaseKey } from '../../../main/db/cipher';
import { decryptDatabase, encryptDatabase } from '../../../main/db/encryption';
import { restoreBackup } from '../../../main/db/restore';
import {
  attachmentContent,
  attachmentsDir,
  listAttachments,
  removeAttachment,
} from '../../../main/domain/attachments';
import { ATTACHMENT_UNDO_DAYS, cleanupAttachments } from '../../../main/domain/attachments/cleanup';
import {
  readContent,
  sha256,
  storedHashes,
  storedPath,
  storeContent,
} from '../../../main/domain/attachments/fileStore';
import { recentChanges } from '../../../main/domain/audit';
import { createProject, deleteProject } from '../../../main/domain/projects';
import { setClock } from '@contract/shared/clock';
import { DomainError } from '@contract/shared/errors';
import { undoEntry } from '../../../main/domain/undo/undo';
import { freshDb } from '../testDb';
import { actor, attach, PDF, PNG, world } from './fixtures';

afterEach(() => {
  setClock(process.env.LEADATLAS_FAKE_NOW ?? null);
  useDatabaseKey(null);
});

const content = (db: ReturnType<typeof freshDb>, id: number): Buffer =>
  Buffer.from(attachmentContent(db, { id }).base64, 'base64');

describe('attachments in backups', () => {
  it('a backup carries the files; restore brings them back with the same hash', () => {
    const db = freshDb();
    const w = world(db);
    const pdf = attach(db, 'project', w.project.id, PDF, '投资协议.pdf', 'contract').attachment;
    const png = attach(db, 'contact', w.contact.id, PNG, '名片.png', 'card').attachment;
    const dir = backupsDirFor(db.name);
    const backup = createBackup(db, dir, 'manual');
    for (const hash of [pdf.hash, png.hash]) {
      const kept = storedPath(backupStoreDir(dir), hash);
      expect(statSync(kept).mode & 0o777).toBe(0o600);
      expect(sha256(readFileSync(kept))).toBe(hash);
    }
    expect(statSync(backupStoreDir(dir)).mode & 0o777).toBe(0o700);

    // The whole file store lost, and the rows changed since the backup.
    rmSync(attachmentsDir(db), { recursive: true, force: true });
    removeAttachment(db, actor, { id: pdf.id });
    expect(() => attachmentContent(db, { id: png.id })).toThrow(/附件文件不存在/);

    const result = restoreBackup(db, dir, backup.name);
    expect(result.missingAttachments).toBeUndefined();
    const restored = listAttachments(db, { owner: { kind: 'project', id: w.project.id } });
    expect(restored.map((a) => a.hash)).toEqual([pdf.hash]);
    expect(sha256(content(db, pdf.id))).toBe(pdf.hash);
    expect(sha256(content(db, png.id))).toBe(png.hash);
    db.close();
  });

  it('backups share one store: a file is copied once and removed when no kept backup needs it', () => {
    setClock('2026-06-30T10:00:00+08:00');
    const db = freshDb();
    const w = world(db);
    const dir = backupsDirFor(db.name);
    const policy = { today: 1, days: 0, cap: 1, keepRestore: 0 };
    const a = attach(db, 'project', w.project.id, PDF, 'a.pdf').attachment;
    createBackup(db, dir, 'manual', new Date(2026, 5, 30, 10), policy);
    expect(storedHashes(backupStoreDir(dir))).toEqual([a.hash]);
    const b = attach(db, 'project', w.project.id, PNG, 'b.png').attachment;
    createBackup(db, dir, 'manual', new Date(2026, 5, 30, 11), policy);
    expect(storedHashes(backupStoreDir(dir)).sort()).toEqual([a.hash, b.hash].sort());
    // b.png removed and the undo window passed: the next backup (the only one kept) needs a.pdf only.
    removeAttachment(db, actor, { id: b.id });
    setClock('2026-08-30T10:00:00+08:00');
    createBackup(db, dir, 'manual', new Date(2026, 7, 30, 10), policy);
    expect(storedHashes(backupStoreDir(dir))).toEqual([a.hash]);
    db.close();
  });
});

describe('cleanup after the undo window', () => {
  it(`keeps a removed attachment's file for ${ATTACHMENT_UNDO_DAYS} days, then removes it`, () => {
    setClock('2026-06-01T10:00:00+08:00');
    const db = freshDb();
    const w = world(db);
    const kept = attach(db, 'project', w.project.id, PNG, '现场.png', 'photo').attachment;
    const gone = attach(db, 'project', w.project.id, PDF, '旧合同.pdf', 'contract').attachment;
    const removal = removeAttachment(db, actor, { id: gone.id });

    setClock('2026-06-30T10:00:00+08:00');
    expect(cleanupAttachments(db)).toEqual({ rows: 0, files: 0 });
    setClock('2026-07-02T10:00:00+08:00');
    expect(cleanupAttachments(db)).toEqual({ rows: 0, files: 1 });
    expect(storedHashes(attachmentsDir(db))).toEqual([kept.hash]);
    expect(sha256(content(db, kept.id))).toBe(kept.hash);
    // Undo after the window is refused in words, nothing written.
    expect(() => undoEntry(db, actor, removal.auditId)).toThrow(/已超过保留期限被清理/);
    expect(listAttachments(db, { owner: { kind: 'project', id: w.project.id } })).toHaveLength(1);
    db.close();
  });

  it("removes a deleted record's attachments only after the window, so undo within it brings them back", () => {
    setClock('2026-06-01T10:00:00+08:00');
    const db = freshDb();
    const w = world(db);
    const lone = createProject(db, actor, { name: '待删除项目', companyId: w.other.id });
    const photo = attach(db, 'project', lone.id, PNG, '现场.png', 'photo').attachment;
    deleteProject(db, actor, lone.id);
    const deletion = recentChanges(db, { entity: 'project', limit: 1 }).rows[0]!;

    setClock('2026-06-20T10:00:00+08:00');
    expect(cleanupAttachments(db)).toEqual({ rows: 0, files: 0 });
    undoEntry(db, actor, deletion.id);
    expect(listAttachments(db, { owner: { kind: 'project', id: lone.id } }).map((a) => a.id)).toEqual([
      photo.id,
    ]);

    deleteProject(db, actor, lone.id);
    setClock('2026-07-21T10:00:00+08:00');
    expect(cleanupAttachments(db)).toEqual({ rows: 1, files: 0 });
    // The rows' removal is itself a deletion: the file waits one more window.
    setClock('2026-08-21T10:00:00+08:00');
    expect(cleanupAttachments(db)).toEqual({ rows: 0, files: 1 });
    expect(storedHashes(attachmentsDir(db))).toEqual([]);
    db.close();
  });

  it('removes a file left behind by an add that never committed', () => {
    const db = freshDb();
    const hash = storeContent(attachmentsDir(db), PDF);
    expect(cleanupAttachments(db)).toEqual({ rows: 0, files: 1 });
    expect(storedHashes(attachmentsDir(db))).not.toContain(hash);
    db.close();
  });
});

describe('attachments of an encrypted database', () => {
  it('are sealed at rest with a key derived from the database key', () => {
    const db = freshDb();
    const w = world(db);
    const key = Buffer.alloc(32, 7);
    useDatabaseKey(key);
    const a = attach(db, 'project', w.project.id, PDF, '合同.pdf', 'contract').attachment;
    const onDisk = readFileSync(storedPath(attachmentsDir(db), a.hash));
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);
    expect(content(db, a.id).equals(PDF)).toBe(true);
    useDatabaseKey(Buffer.alloc(32, 8));
    expect(() => content(db, a.id)).toThrow(DomainError);
    useDatabaseKey(null);
    expect(() => readContent(attachmentsDir(db), a.hash)).toThrow(/附件已加密/);
    db.close();
  });

  it('follow 数据库加密 on and off: sealed when it is turned on, plain again when it is turned off', () => {
    const db = freshDb();
    const w = world(db);
    const a = attach(db, 'project', w.project.id, PDF, '合同.pdf', 'contract').attachment;
    const stored = storedPath(attachmentsDir(db), a.hash);
    expect(readFileSync(stored).equals(PDF)).toBe(true);
    const xor = (b: Buffer): Buffer => Buffer.from(b.map((v) => v ^ 0x5a));
    encryptDatabase(db, db.name, { keyStore: { available: () => true, seal: xor, unseal: xor } });
    expect(readFileSync(stored).includes(Buffer.from('%PDF'))).toBe(false);
    expect(content(db, a.id).equals(PDF)).toBe(true);
    decryptDatabase(db, db.name);
    expect(readFileSync(stored).equals(PDF)).toBe(true);
    expect(content(db, a.id).equals(PDF)).toBe(true);
    db.close();
  });
});
