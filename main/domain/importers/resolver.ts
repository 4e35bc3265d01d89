import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statements';
import type { TeamKind } from '@contract/people/schema';
import { companyNameKey } from '@contract/shared/companyName';
import { creditCodeProblem } from '@contract/shared/creditCode';
import { DomainError } from '@contract/shared/errors';
import { norm } from './parse/enums';
import type { NewOwner, OwnerChoice, RelatedCounts } from '@contract/importers/schema';
import type { Writer } from './writer';

/** A person our side, with their team; `newName` when the name was not on the staff list. */
export interface StaffRef {
  id: number;
  teamId: number | null;
  newName?: 'create' | 'map';
}

export interface CompanyRef {
  id: number;
  name: string;
  created: boolean;
}

const teamKind = (name: string): TeamKind =>
  /专班/.test(name)
    ? 'taskforce'
    : /局$/.test(name)
      ? 'bureau'
      : /办公室|办$/.test(name)
        ? 'office'
        : 'squad';

/**
 * A ledger at least this many times the file's rows has its companies looked up one by one
 * (through the name-key and credit-code indexes), not read whole: 2,000 rows into a ledger of
 * 1,000,000 companies would otherwise wait a second or more for names they never ask about.
 */
const LOOK_UP_FROM = 10;

type KnownCompany = { id: number; name: string; code: string | null };

/**
 * Finds the records a row refers to (its company, project, owner, team), creating companies,
 * staff and teams that do not exist yet. Everything is read once into maps up front, and rows
 * created by this import are added as they are made, so 100 000 rows cost 100 000 map lookups;
 * only the companies of a ledger far larger than the file are looked up as rows ask for them
 * (`LOOK_UP_FROM`), each answer kept in the same maps.
 */
export class Resolver {
  readonly related: RelatedCounts = { companies: 0, contacts: 0, staff: 0, teams: 0 };
  /** null: looked up, no such company. */
  private byCode = new Map<string, { id: number; name: string } | null>();
  private byKey = new Map<string, KnownCompany | null>();
  /** Companies are looked up as asked for (a large ledger), not all read up front. */
  private readonly lookUp: boolean;
  private staffByName = new Map<string, { id: number; teamId: number | null }>();
  private staffById = new Map<number, number | null>();
  private ownerChoices = new Map<string, OwnerChoice>();
  private unknownOwners = new Map<string, { name: string; rows: number[] }>();
  /** Companies this import created: a note added later amends them instead of auditing an update. */
  readonly createdCompanies = new Set<number>();
  private teamByName = new Map<string, number>();
  private projectByName = new Map<string, number[]>();
  private contactIds = new Map<string, number>();
  private projectCompanies = new Map<number, number | null>();
  private nameKeys = new Map<string, string>();
  private projectsLoaded = false;
  private contactsLoaded = false;

  /** `rows`: the file's rows, which decide whether companies are read up front. */
  constructor(
    private readonly db: Db,
    private readonly writer: Writer,
    owners: readonly OwnerChoice[] = [],
    rows = Infinity,
  ) {
    // max(id), not count(*): one step down the table, where a count reads an index whole.
    const ledger = (db.prepare(`SELECT max(id) FROM companies`).pluck().get() as number | null) ?? 0;
    this.lookUp = ledger > rows * LOOK_UP_FROM;
    if (!this.lookUp) {
      const all = db
        .prepare(`SELECT id, name, name_key AS nameKey, credit_code AS code FROM companies ORDER BY id`)
        .all() as (KnownCompany & { nameKey: string })[];
      for (const r of all) {
        if (r.code) this.byCode.set(r.code, r);
        if (!this.byKey.has(r.nameKey)) this.byKey.set(r.nameKey, r);
      }
    }
    for (const r of db.prepare(`SELECT id, name, team_id AS teamId FROM staff ORDER BY id`).all() as {
      id: number;
      name: string;
      teamId: number | null;
    }[]) {
      this.staffById.set(r.id, r.teamId);
      if (!this.staffByName.has(norm(r.name))) this.staffByName.set(norm(r.name), r);
    }
    for (const o of owners) {
      if (o.choice === 'map' && !this.staffById.has(o.staffId as number)) {
        throw new DomainError('VALIDATION', `为“${o.name}”选择的人员不存在或已被删除，请重新选择`);
      }
      this.ownerChoices.set(norm(o.name), o);
    }
    for (const r of db.prepare(`SELECT id, name FROM teams`).all() as { id: number; name: string }[]) {
      this.teamByName.set(norm(r.name), r.id);
    }
  }

  private lastKey: [string, string] = ['', ''];
  /**
   * companyNameKey, computed once per distinct name (ledgers repeat investors row after row); a
   * row asks about its company's name several times in a row, which the last answer serves.
   */
  nameKey(name: string): string {
    if (this.lastKey[0] === name) return this.lastKey[1];
    let key = this.nameKeys.get(name);
    if (key === undefined) {
      if (this.nameKeys.size > 100_000) this.nameKeys.clear();
      this.nameKeys.set(name, (key = companyNameKey(name)));
    }
    this.lastKey = [name, key];
    return key;
  }

  private lastNorm: [string, string] = ['', ''];
  /** norm() of the name asked about last: looked up and then added, a name is normalised once. */
  private normKey(name: string): string {
    if (this.lastNorm[0] !== name) this.lastNorm = [name, norm(name)];
    return this.lastNorm[1];
  }

  /** The company with this credit code: from the map, or (looking up) the ledger, kept. */
  private withCode(code: string): { id: number; name: string } | undefined {
    let hit = this.byCode.get(code);
    if (hit === undefined && this.lookUp) {
      hit =
        (prepareCached(this.db, `SELECT id, name FROM companies WHERE credit_code = ?`).get(code) as
          { id: number; name: string } | undefined) ?? null;
      this.byCode.set(code, hit);
    }
    return hit ?? undefined;
  }

  /** The first company (by id) with this name key, as the maps read up front hold it. */
  private withKey(key: string): KnownCompany | undefined {
    let hit = this.byKey.get(key);
    if (hit === undefined && this.lookUp) {
      hit =
        (prepareCached(
          this.db,
          `SELECT id, name, credit_code AS code FROM companies WHERE name_key = ? ORDER BY id LIMIT 1`,
        ).get(key) as KnownCompany | undefined) ?? null;
      this.byKey.set(key, hit);
    }
    return hit ?? undefined;
  }

  /** The existing company with this credit code, else this name (brackets, width and suffix ignored). */
  findCompany(name: string | null, code: string | null): { id: number; name: string } | undefined {
    if (code) {
      const hit = this.withCode(code);
      if (hit) return hit;
    }
    if (!name) return undefined;
    const hit = this.withKey(this.nameKey(name));
    // Same name but another credit code: another legal entity.
    if (hit && code && hit.code && hit.code !== code) return undefined;
    return hit;
  }

  companyWithCode(code: string): { id: number; name: string } | undefined {
    return this.withCode(code);
  }

  /** Remembers a company this import created or changed, for later rows. */
  noteCompany(id: number, name: string, code: string | null): void {
    if (code) this.byCode.set(code, { id, name });
    const key = this.nameKey(name);
    if (code || this.withKey(key) === undefined) this.byKey.set(key, { id, name, code });
  }

  /**
   * A related company (a project's investor, a contact's employer): found, or created with name
   * and code. `note`: a line for its notes (a credit code that failed its check, word for word).
   */
  company(name: string | null, rawCode: string | null, note: string | null = null): CompanyRef | null {
    const code = rawCode && creditCodeProblem(rawCode) === null ? rawCode : null;
    const found = this.findCompany(name, code);
    if (found) {
      if (note) this.addCompanyNote(found.id, note);
      return { ...found, created: false };
    }
    if (!name) return null;
    const id = this.writer.create('company', {
      name,
      nameKey: this.nameKey(name),
      creditCode: code,
      notes: note,
    });
    this.noteCompany(id, name, code);
    this.createdCompanies.add(id);
    this.related.companies++;
    return { id, name, created: true };
  }

  /** Adds a line to a company's notes once; one created by this import is amended, an older one updated (audited). */
  addCompanyNote(id: number, line: string): void {
    if (this.writer.dry) return;
    const notes = this.db.prepare(`SELECT notes FROM companies WHERE id = ?`).pluck().get(id) as
      string | null;
    if (notes?.includes(line)) return;
    const patch = { notes: notes ? `${notes}\n${line}` : line };
    if (this.createdCompanies.has(id)) this.writer.amendCreated('company', id, patch);
    else this.writer.update('company', id, patch);
  }

  team(name: string): number {
    const key = norm(name);
    let id = this.teamByName.get(key);
    if (id === undefined) {
      id = this.writer.create('team', { name, kind: teamKind(name), active: true });
      this.teamByName.set(key, id);
      this.related.teams++;
    }
    return id;
  }

  /**
   * The person a 责任人/办理人 name stands for, with their team. A name no one on the staff list
   * has is listed for the preview (新建人员？) and handled as the person chose for it: created
   * (the default), taken as someone already on the list, or left empty.
   */
  staff(name: string, teamId: number | null, row: number): StaffRef | null {
    const key = norm(name);
    const known = this.staffByName.get(key);
    if (known && !this.unknownOwners.has(key)) return known;
    let unknown = this.unknownOwners.get(key);
    if (!unknown) this.unknownOwners.set(key, (unknown = { name, rows: [] }));
    if (unknown.rows.at(-1) !== row) unknown.rows.push(row);
    if (known) return { ...known, newName: 'create' };
    const choice = this.ownerChoices.get(key);
    if (choice?.choice === 'none') return null;
    if (choice?.choice === 'map') {
      const id = choice.staffId as number;
      return { id, teamId: this.staffById.get(id) ?? null, newName: 'map' };
    }
    const created = {
      id: this.writer.create('staff', { name, role: 'member', teamId, active: true }),
      teamId,
    };
    this.staffByName.set(key, created);
    this.related.staff++;
    return { ...created, newName: 'create' };
  }

  staffName(id: number): string {
    const row = this.db.prepare(`SELECT name FROM staff WHERE id = ?`).pluck().get(id) as string | undefined;
    return row ?? '';
  }

  /** The names no one on the staff list has, with their rows and what the import does with them. */
  newOwners(): NewOwner[] {
    return [...this.unknownOwners].map(([key, { name, rows }]) => {
      const choice = this.ownerChoices.get(key);
      return {
        name,
        rows: [...rows],
        choice: choice?.choice ?? 'create',
        ...(choice?.staffId !== undefined ? { staffId: choice.staffId } : {}),
      };
    });
  }

  /** Projects by company and name, loaded on first use (only project-related imports need them). */
  project(companyId: number | null, name: string): number | undefined {
    if (!this.projectsLoaded) {
      this.projectsLoaded = true;
      const rows = this.db.prepare(`SELECT id, company_id AS c, name FROM projects ORDER BY id`).all() as {
        id: number;
        c: number | null;
        name: string;
      }[];
      for (const r of rows) this.addProject(r.id, r.c, r.name);
    }
    const key = this.normKey(name);
    const id = this.projectByName.get(`${companyId ?? 0}|${key}`)?.[0];
    if (id !== undefined) return id;
    // Without a company, a project name that is unique in the database is still clear.
    const anywhere = this.projectByName.get(`*|${key}`) ?? [];
    return companyId === null && anywhere.length === 1 ? anywhere[0] : undefined;
  }

  projectCompany(projectId: number): number | null {
    return this.projectCompanies.get(projectId) ?? null;
  }

  addProject(id: number, companyId: number | null, name: string): void {
    this.projectCompanies.set(id, companyId);
    const key = this.normKey(name);
    for (const k of [`${companyId ?? 0}|${key}`, `*|${key}`]) {
      const ids = this.projectByName.get(k);
      if (ids) ids.push(id);
      else this.projectByName.set(k, [id]);
    }
  }

  findContact(companyId: number, name: string): number | undefined {
    if (!this.contactsLoaded) {
      this.contactsLoaded = true;
      const rows = this.db.prepare(`SELECT id, company_id AS c, name FROM contacts ORDER BY id`).all() as {
        id: number;
        c: number;
        name: string;
      }[];
      for (const r of rows) this.noteContact(r.id, r.c, r.name);
    }
    return this.contactIds.get(`${companyId}|${norm(name)}`);
  }

  noteContact(id: number, companyId: number, name: string): void {
    const key = `${companyId}|${norm(name)}`;
    if (!this.contactIds.has(key)) this.contactIds.set(key, id);
  }

  /** A person of a company from a ledger's 联系人 columns: created once, never duplicated. */
  contact(companyId: number, values: Record<string, unknown> & { name: string }): void {
    if (this.findContact(companyId, values.name) !== undefined) return;
    const id = this.writer.create('contact', { ...values, companyId, isKey: false });
    this.noteContact(id, companyId, values.name);
    this.related.contacts++;
  }
}
