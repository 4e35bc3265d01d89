import { DomainError } from '@contract/shared/errors';
import { creditCodeCheckChar } from '@contract/shared/creditCode';
import type { Db } from '../../../main/db/open';
import { createCompany, deleteCompany, updateCompany } from '../../../main/domain/companies';
import { mergeCompanies } from '../../../main/domain/companyMerge/merge';
import { createContact, deleteContact, updateContact } from '../../../main/domain/contacts';
import { Rng } from '../../../main/domain/demo/random';
import { createInteraction } from '../../../main/domain/interactions';
import { createStaff } from '../../../main/domain/people/staff';
import { createTeam } from '../../../main/domain/people/teams';
import { createTrip, updateTrip } from '../../../main/domain/trips/trips';
import { createProject, deleteProject, updateProject } from '../../../main/domain/projects';
import { bulkUpdateProjects } from '../../../main/domain/projects/bulk';
import { undoBatch } from '../../../main/domain/undo/undo';
import { deliver, parcelFor, settle, type Device, type Parcel } from './devices';
import { importOrUndo } from './scheduleImports';

const NAMES = ['宁德时代', '比亚迪', '隆基绿能', '天合光能', '三一重工', '远景科技', '中创新航'];
const CODES = ['91350900MA2XY7L01', '91440300192317458', '91610000720727618'].map(
  (s) => s + creditCodeCheckChar(s),
);
const TEAMS = ['招商一分队', '招商二分队', '驻沪招商组'];

const ids = (db: Db, table: string): number[] =>
  db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as number[];
const pick = <T>(rng: Rng, list: readonly T[]): T | undefined =>
  list.length ? list[rng.int(0, list.length - 1)] : undefined;

/** One person's action on one laptop: every kind of write the app makes, refusals allowed. */
export async function act(rng: Rng, d: Device, step: number, log: ScheduleLog): Promise<void> {
  const db = d.db;
  const who = { name: `${d.name}的用户` };
  const company = () => pick(rng, ids(db, 'companies'));
  const project = () => pick(rng, ids(db, 'projects'));
  const contact = () => pick(rng, ids(db, 'contacts'));
  const kind = rng.int(0, 15);
  switch (kind) {
    case 0:
    case 1: {
      const name = `${pick(rng, NAMES)}${rng.chance(0.5) ? '新能源科技有限公司' : '股份有限公司'}`;
      createCompany(db, who, { name, creditCode: rng.chance(0.3) ? pick(rng, CODES) : undefined });
      return;
    }
    case 2: {
      const id = company();
      if (id)
        updateCompany(db, who, {
          id,
          patch: rng.chance(0.5)
            ? { notes: `备注${step}` }
            : { industry: pick(rng, ['新能源', '装备制造', '电子信息']) },
        });
      return;
    }
    case 3: {
      const id = company();
      if (id) deleteCompany(db, who, id);
      return;
    }
    case 4: {
      const companyId = company();
      if (companyId)
        createContact(db, who, {
          companyId,
          name: `联系人${step}`,
          mobile: `139${String(step).padStart(8, '0')}`,
        });
      return;
    }
    case 5: {
      const id = contact();
      if (id && rng.chance(0.6)) updateContact(db, who, { id, patch: { title: `职务${step}` } });
      else if (id) deleteContact(db, who, id);
      return;
    }
    case 6:
    case 7:
      createProject(db, who, {
        name: `项目${d.name}${step}`,
        companyId: company() ?? null,
        plannedAmount: rng.int(1, 50) * 1_000_0000,
        teamId: pick(rng, ids(db, 'teams')) ?? null,
      });
      return;
    case 8: {
      const id = project();
      if (id)
        updateProject(db, who, {
          id,
          patch: rng.chance(0.5) ? { notes: `进展${step}` } : { plannedAmount: rng.int(1, 90) * 1_000_0000 },
        });
      return;
    }
    case 9: {
      const id = project();
      if (id) deleteProject(db, who, id);
      return;
    }
    case 10: {
      const [keepId, dropId] = [company(), company()];
      if (keepId && dropId && keepId !== dropId) mergeCompanies(db, who, { keepId, dropId, fromDrop: [] });
      return;
    }
    case 11: {
      const list = ids(db, 'projects').filter(() => rng.chance(0.5));
      const teamId = pick(rng, ids(db, 'teams'));
      if (list.length && teamId) bulkUpdateProjects(db, who, { ids: list, patch: { teamId } });
      return;
    }
    case 12: {
      const batch = db
        .prepare(`SELECT id FROM audit_batches WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`)
        .pluck()
        .get() as number | undefined;
      if (batch) undoBatch(db, who, batch);
      else createTeam(db, who, { name: pick(rng, TEAMS)! });
      return;
    }
    case 13: {
      // Who travels on a trip is a set of pairs: members taken off and put on again must travel too.
      const trip = pick(rng, ids(db, 'trips'));
      const staff = ids(db, 'staff');
      if (trip && staff.length)
        updateTrip(db, who, { id: trip, patch: { memberIds: staff.filter(() => rng.chance(0.5)) } });
      else if (staff.length < 3) createStaff(db, who, { name: `干部${d.name}${step}` });
      else
        createTrip(db, who, {
          title: `招商行${step}`,
          startsOn: '2026-05-19',
          endsOn: '2026-05-26',
          memberIds: staff.filter(() => rng.chance(0.5)),
        });
      return;
    }
    case 14:
    case 15: {
      const done = await importOrUndo(rng, d, step, who);
      if (done === 'imported') log.imports++;
      if (done === 'undone') log.importsUndone++;
      return;
    }
    default: {
      const companyId = company();
      if (companyId)
        createInteraction(db, who, {
          companyId,
          projectId: project() ?? null,
          kind: 'visit_out',
          occurredOn: '2026-11-20',
          summary: `拜访${step}`,
        });
    }
  }
}

export interface ScheduleLog {
  steps: number;
  parcelsLost: number;
  parcelsDuplicated: number;
  refusals: number;
  /** Imports that wrote rows, and imports taken back with 撤销导入. */
  imports: number;
  importsUndone: number;
}

/**
 * A seeded random schedule: edits and imports on 3–5 laptops, bundles between them that travel late, out of
 * order, twice, or never; then everyone exchanges until nothing is new.
 */
export async function runSchedule(seed: number, all: Device[], steps = 30): Promise<ScheduleLog> {
  const rng = new Rng(seed);
  const inTransit: { to: Device; parcel: Parcel }[] = [];
  const log: ScheduleLog = {
    steps,
    parcelsLost: 0,
    parcelsDuplicated: 0,
    refusals: 0,
    imports: 0,
    importsUndone: 0,
  };
  for (let step = 0; step < steps; step++) {
    const r = rng.next();
    if (r < 0.65) {
      try {
        await act(rng, pick(rng, all)!, step, log);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        log.refusals++;
      }
    } else if (r < 0.85) {
      const from = pick(rng, all)!;
      const to = pick(
        rng,
        all.filter((d) => d !== from),
      )!;
      inTransit.push({ to, parcel: parcelFor(from, to) });
    } else if (inTransit.length) {
      const i = rng.int(0, inTransit.length - 1);
      const { to, parcel } = inTransit[i]!;
      if (rng.chance(0.15)) {
        inTransit.splice(i, 1);
        log.parcelsLost++;
        continue;
      }
      deliver(to, parcel);
      if (rng.chance(0.2)) log.parcelsDuplicated++;
      else inTransit.splice(i, 1);
    }
  }
  // The parcels still travelling arrive, in a shuffled order, after everything else.
  for (const { to, parcel } of inTransit.sort(() => rng.next() - 0.5)) deliver(to, parcel);
  settle(all);
  return log;
}
