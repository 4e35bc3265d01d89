import { readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  attachmentContent,
  attachmentsDir,
  countAttachments,
  listAttachments,
  removeAttachment,
} from '../../../main/domain/attachments';
import { sanitizeFileName } from '../../../main/domain/attachments/fileKind';
import { sha256, storedHashes, storedPath } from '../../../main/domain/attachments/fileStore';
import { MAX_ATTACHMENT_BYTES, tooLargeMessage } from '@contract/attachments/schema';
import { recentChanges } from '../../../main/domain/audit';
import { deleteInteraction } from '../../../main/domain/interactions';
import { createProject, deleteProject } from '../../../main/domain/projects';
import { DomainError } from '@contract/shared/errors';
import { undoEntry } from '../../../main/domain/undo/undo';
import { dispatch } from '../../../main/api/dispatch';
import type { ApiContext } from '../../../main/api/context';
import { freshDb } from '../testDb';
import { actor, attach, PDF, PNG, world } from './fixtures';

const dbs: { close(): void }[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};

describe('attachments', () => {
  it('stores the same content once, by its SHA-256, for every record it is attached to', () => {
    const db = open();
    const w = world(db);
    const a = attach(db, 'project', w.project.id, PDF, '投资协议.pdf', 'contract');
    const b = attach(db, 'company', w.company.id, PDF, '投资协议（副本）.pdf', 'contract');
    expect(a.attachment.hash).toBe(sha256(PDF));
    expect(b.attachment.hash).toBe(a.attachment.hash);
    expect(storedHashes(attachmentsDir(db))).toEqual([sha256(PDF)]);
    const path = storedPath(attachmentsDir(db), a.attachment.hash);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path).equals(PDF)).toBe(true);
    expect(
      listAttachments(db, { owner: { kind: 'project', id: w.project.id } }).map((x) => x.fileName),
    ).toEqual(['投资协议.pdf']);
    const back = attachmentContent(db, { id: b.attachment.id });
    expect(Buffer.from(back.base64, 'base64').equals(PDF)).toBe(true);
    expect(back).toMatchObject({ fileName: '投资协议（副本）.pdf', mime: 'application/pdf' });
  });

  it('reads the type from the content and keeps only a clean file name', () => {
    const db = open();
    const w = world(db);
    const png = attach(db, 'contact', w.contact.id, PNG, 'C:\\Users\\张\\名片.PNG', 'card').attachment;
    expect(png).toMatchObject({
      fileName: '名片.PNG',
      mime: 'image/png',
      category: 'card',
      size: PNG.length,
    });
    const fake = attach(db, 'project', w.project.id, Buffer.from('<html>'), '../../现场.png').attachment;
    expect(fake).toMatchObject({ fileName: '现场.png', mime: 'application/octet-stream' });
    expect(sanitizeFileName('a<b>:c|d?.pdf')).toBe('a_b__c_d_.pdf');
    expect(sanitizeFileName(' .. ')).toBe('附件');
    expect([...sanitizeFileName(`${'很长'.repeat(100)}.docx`)]).toHaveLength(120);
    expect(sanitizeFileName(`${'很长'.repeat(100)}.docx`).endsWith('.docx')).toBe(true);
  });

  it('refuses a file over the limit with its name and size, and writes nothing', () => {
    const db = open();
    const w = world(db);
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    const message = tooLargeMessage('扫描件.pdf', big.length);
    expect(message).toBe(
      '文件“扫描件.pdf”有 50.1 MB，超过附件上限 50 MB。请压缩或拆分后再上传（扫描件可降低分辨率）。',
    );
    expect(() => attach(db, 'project', w.project.id, big, '扫描件.pdf')).toThrow(
      new DomainError('TOO_LARGE', message, { base64: '文件过大' }),
    );
    expect(storedHashes(attachmentsDir(db))).toEqual([]);
    expect(listAttachments(db, { owner: { kind: 'project', id: w.project.id } })).toEqual([]);
  });

  it('refuses unknown kinds, missing records and extra keys at the contract', async () => {
    const db = open();
    const w = world(db);
    const ctx = { db, actor, databasePath: db.name } as unknown as ApiContext;
    const base64 = PNG.toString('base64');
    const bad = await dispatch(ctx, 'attachments.add', {
      owner: { kind: 'trip', id: 1 },
      name: 'x.png',
      category: 'photo',
      base64,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const extra = await dispatch(ctx, 'attachments.list', {
      owner: { kind: 'project', id: 1 },
      path: '/etc',
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const gone = await dispatch(ctx, 'attachments.add', {
      owner: { kind: 'project', id: 999 },
      name: 'x.png',
      category: 'photo',
      base64,
    });
    expect(gone).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '该项目不存在或已被删除' },
    });
    const ok = await dispatch(ctx, 'attachments.add', {
      owner: { kind: 'project', id: w.project.id },
      name: '现场.png',
      category: 'photo',
      base64,
    });
    expect(ok).toMatchObject({
      ok: true,
      value: { attachment: { fileName: '现场.png', mime: 'image/png' } },
    });
  });

  it('is audited in plain words, and undo of a removal brings the attachment back', () => {
    const db = open();
    const w = world(db);
    const added = attach(db, 'serviceIssue', w.issue.id, PDF, '协调会纪要.pdf', 'minutes');
    const removed = removeAttachment(db, actor, { id: added.attachment.id });
    const recent = recentChanges(db, { limit: 2 }).rows;
    expect(recent.map((r) => [r.entityLabel, r.action, r.recordName])).toEqual([
      ['附件', 'delete', '协调会纪要.pdf'],
      ['附件', 'create', '协调会纪要.pdf'],
    ]);
    expect(listAttachments(db, { owner: { kind: 'serviceIssue', id: w.issue.id } })).toEqual([]);
    // The file stays while the removal can be undone.
    expect(storedHashes(attachmentsDir(db))).toEqual([sha256(PDF)]);
    undoEntry(db, actor, removed.auditId);
    const back = listAttachments(db, { owner: { kind: 'serviceIssue', id: w.issue.id } });
    expect(back.map((a) => a.fileName)).toEqual(['协调会纪要.pdf']);
    expect(Buffer.from(attachmentContent(db, { id: back[0]!.id }).base64, 'base64').equals(PDF)).toBe(true);
  });

  it("undoing a record's deletion shows its attachments again", () => {
    const db = open();
    const w = world(db);
    const lone = createProject(db, actor, { name: '新签约项目', companyId: w.other.id });
    const photo = attach(db, 'project', lone.id, PNG, '开工现场.png', 'photo');
    deleteProject(db, actor, lone.id);
    expect(listAttachments(db, { owner: { kind: 'project', id: lone.id } })).toEqual([]);
    const entry = recentChanges(db, { entity: 'project', limit: 1 }).rows[0]!;
    expect(entry.action).toBe('delete');
    undoEntry(db, actor, entry.id);
    expect(listAttachments(db, { owner: { kind: 'project', id: lone.id } }).map((a) => a.id)).toEqual([
      photo.attachment.id,
    ]);
  });

  it("counts a company's attachments with those of its projects, interactions, issues and contacts", () => {
    const db = open();
    const w = world(db);
    attach(db, 'company', w.company.id, PDF, '营业执照.pdf');
    attach(db, 'project', w.project.id, PDF, '投资协议.pdf', 'contract');
    attach(db, 'project', w.project.id, PNG, '现场.png', 'photo');
    attach(db, 'interaction', w.interaction.id, PNG, '座谈.png', 'photo');
    attach(db, 'serviceIssue', w.issue.id, PDF, '纪要.pdf', 'minutes');
    attach(db, 'contact', w.contact.id, PNG, '名片.png', 'card');
    attach(db, 'company', w.other.id, PNG, '别家.png');
    const count = countAttachments(db, { companyId: w.company.id });
    const lists = (['company', 'project', 'interaction', 'serviceIssue', 'contact'] as const).map(
      (kind) =>
        listAttachments(db, {
          owner: {
            kind,
            id: {
              company: w.company.id,
              project: w.project.id,
              interaction: w.interaction.id,
              serviceIssue: w.issue.id,
              contact: w.contact.id,
            }[kind],
          },
        }).length,
    );
    expect(count.total).toBe(lists.reduce((s, n) => s + n, 0));
    expect(Object.values(count.byKind)).toEqual(lists);
    expect(countAttachments(db, { companyId: w.other.id }).total).toBe(1);
    deleteInteraction(db, actor, w.interaction.id);
    // A deleted record's files no longer count (they wait for undo, out of sight).
    expect(countAttachments(db, { companyId: w.company.id })).toMatchObject({
      total: count.total - 1,
      byKind: { interaction: 0 },
    });
  });
});
