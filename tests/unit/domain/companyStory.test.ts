import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/db/open';
import { listCompanies } from '../../../main/domain/companies';
import { mergeCompanies } from '../../../main/domain/companyMerge/merge';
import { companyStory } from '../../../main/domain/companyStory/story';
import { createContact, deleteContact, listContacts } from '../../../main/domain/contacts';
import { listInteractions } from '../../../main/domain/interactions';
import { createProject, deleteProject, listProjects } from '../../../main/domain/projects';
import { listReceptions } from '../../../main/domain/receptions';
import { listServiceIssues } from '../../../main/domain/serviceIssues';
import { listTrips } from '../../../main/domain/trips';
import { actor, ledger } from '../reports/ledger';

const ofCompany = (id: number) => ({
  companyId: { type: 'number' as const, op: 'equals' as const, value: id },
});

/** The companies grid's row for one company, as the grid pages it. */
function gridRow(db: Db, id: number) {
  return listCompanies(db, { limit: 500 }).rows.find((r) => r.id === id);
}

/** Story counts against the grid's 项目数/联系人 and each filtered list's total, for one company. */
function expectAgree(db: Db, id: number): void {
  const story = companyStory(db, id);
  const row = gridRow(db, id);
  expect(story.counts.projects).toBe(row?.projectCount);
  expect(story.counts.contacts).toBe(row?.contactCount);
  expect(story.counts.projects).toBe(listProjects(db, { companyId: id }).total);
  expect(story.counts.contacts).toBe(listContacts(db, { companyId: id }).total);
  expect(story.counts.interactions).toBe(listInteractions(db, { companyId: id }).total);
  expect(story.counts.receptions).toBe(listReceptions(db, { filters: ofCompany(id) }).total);
  const issues = listServiceIssues(db, { filters: ofCompany(id), limit: 500 }).rows;
  expect(story.counts.openIssues).toBe(issues.filter((s) => s.status !== 'closed').length);
  // Every row the page lists is one the filtered list has too.
  expect(story.projects.map((p) => p.id).sort()).toEqual(
    listProjects(db, { companyId: id, limit: 500 })
      .rows.map((p) => p.id)
      .sort(),
  );
  expect(story.contacts.map((c) => c.id)).toEqual(
    listContacts(db, {
      companyId: id,
      limit: 500,
      sort: [
        { col: 'isKey', dir: 'desc' },
        { col: 'id', dir: 'asc' },
      ],
    }).rows.map((c) => c.id),
  );
}

describe('企业详情 (companies.story)', () => {
  it('counts agree with the grid’s 项目数/联系人 and with each filtered list, for every company', () => {
    const w = ledger();
    for (const id of [w.hik, w.yuyao, w.shanghai]) expectAgree(w.db, id);
    // Not a vacuous agreement: 海康 has projects, contacts, meetings and an open issue.
    const story = companyStory(w.db, w.hik);
    expect(Math.min(story.counts.projects, story.counts.contacts, story.counts.openIssues)).toBeGreaterThan(
      0,
    );
  });

  it('the latest meetings newest first, a handful of them, the rest counted', () => {
    const w = ledger();
    const story = companyStory(w.db, w.hik);
    const all = listInteractions(w.db, { companyId: w.hik, limit: 500 }).rows.map((i) => i.occurredOn);
    const newestFirst = [...all].sort().reverse();
    expect(story.interactions.map((i) => i.occurredOn)).toEqual(
      newestFirst.slice(0, story.interactions.length),
    );
    expect(story.counts.interactions).toBe(all.length);
  });

  it('open follow-ups, trips that visit it (a trip once, however many visits), receptions', () => {
    const w = ledger();
    const hik = companyStory(w.db, w.hik);
    expect(hik.followUps.map((f) => f.note)).toContain('约见投资发展部');
    expect(hik.followUps.every((f) => f.companyId === w.hik)).toBe(true);
    expect(hik.tripVisits.length).toBeGreaterThan(1);
    expect(hik.counts.trips).toBe(1);
    expect(hik.tripVisits.every((v) => v.tripId === w.trip)).toBe(true);
    expect(listTrips(w.db, {}).rows.find((t) => t.id === w.trip)?.title).toBe(hik.tripVisits[0]?.title);
    // 上海光镀's only visit was cancelled: no trip; its delegation is its reception.
    const sh = companyStory(w.db, w.shanghai);
    expect(sh.counts.trips).toBe(0);
    expect(sh.receptions.map((r) => r.companyId)).toEqual([w.shanghai]);
    expect(hik.owners.length).toBeGreaterThan(0);
  });

  it('deleted rows do not count, on the page or in the grid', () => {
    const w = ledger();
    const before = companyStory(w.db, w.hik).counts;
    const extra = createContact(w.db, actor, { companyId: w.hik, name: '临时联系人' }).id;
    const spare = createProject(w.db, actor, { name: '海康备用项目', companyId: w.hik }).id;
    expect(companyStory(w.db, w.hik).counts.contacts).toBe(before.contacts + 1);
    deleteContact(w.db, actor, extra);
    deleteProject(w.db, actor, spare);
    const after = companyStory(w.db, w.hik);
    expect(after.counts).toEqual(before);
    expect(after.contacts.map((c) => c.name)).not.toContain('临时联系人');
    expect(after.projects.map((p) => p.name)).not.toContain('海康备用项目');
    expectAgree(w.db, w.hik);
  });

  it('after a merge the company merged away is gone and a folded twin contact counts once', () => {
    const w = ledger();
    // The same chairman entered under 余姚兰山 too: the merge folds him into 海康's.
    createContact(w.db, actor, { companyId: w.yuyao, name: '陈董事长', mobile: '13800138000' });
    createContact(w.db, actor, { companyId: w.yuyao, name: '孙厂长' });
    const keep = companyStory(w.db, w.hik).counts;
    const drop = companyStory(w.db, w.yuyao).counts;
    mergeCompanies(w.db, actor, { keepId: w.hik, dropId: w.yuyao, fromDrop: [] });

    expect(() => companyStory(w.db, w.yuyao)).toThrow(/不存在|已被删除/);
    expect(gridRow(w.db, w.yuyao)).toBeUndefined();
    const merged = companyStory(w.db, w.hik);
    expect(merged.counts.projects).toBe(keep.projects + drop.projects);
    expect(merged.counts.contacts).toBe(keep.contacts + drop.contacts - 1);
    expect(merged.contacts.filter((c) => c.name === '陈董事长')).toHaveLength(1);
    expectAgree(w.db, w.hik);
  });
});
