import { attachments } from '../attachments/table';
import { companies } from '../companies';
import { notTwins } from '../companies/notTwins';
import { contacts } from '../contacts';
import { interactions } from '../interactions';
import { staff } from '../people/staff';
import { teams } from '../people/teams';
import { arrivals } from '../projects/arrivals';
import { projects } from '../projects/table';
import { receptions } from '../receptions';
import { serviceIssues } from '../serviceIssues';
import { targets } from '../targets';
import { events, stops, trips, visits } from '../trips/tables';
import { savedViews } from '../views';
import type { TableDef } from '../store/table';

/**
 * Join tables have no audit rows of their own: a change is recorded on the owning entity as a
 * before/after id list under one field name (interaction.staffIds, trip.memberIds, ...).
 * `set` lists are membership rows; `order` lists are the owner's children in seq order.
 */
export type AuditedList =
  | { kind: 'set'; table: string; owner: string; member: string }
  | { kind: 'order'; table: string; owner: string };

export interface AuditedEntity {
  entity: string;
  table: string;
  label: string;
  /** camelCase field -> column, exactly as the audit log's before/after JSON uses them. */
  columns: Readonly<Record<string, string>>;
  booleans: ReadonlySet<string>;
  lists: Readonly<Record<string, AuditedList>>;
}

/**
 * Tables whose rows belong to one owner row and go with it (ON DELETE CASCADE from the owner),
 * with the column pointing at the owner. Undo treats them as part of their owner.
 */
export const OWNED_TABLES: Readonly<Record<string, { owner: string; column: string }>> = {
  interaction_staff: { owner: 'interactions', column: 'interaction_id' },
  interaction_contacts: { owner: 'interactions', column: 'interaction_id' },
  trip_members: { owner: 'trips', column: 'trip_id' },
  project_stage_history: { owner: 'projects', column: 'project_id' },
};

const LISTS: Record<string, Record<string, AuditedList>> = {
  interaction: {
    staffIds: { kind: 'set', table: 'interaction_staff', owner: 'interaction_id', member: 'staff_id' },
    contactIds: { kind: 'set', table: 'interaction_contacts', owner: 'interaction_id', member: 'contact_id' },
  },
  trip: {
    memberIds: { kind: 'set', table: 'trip_members', owner: 'trip_id', member: 'staff_id' },
    stopIds: { kind: 'order', table: 'trip_stops', owner: 'trip_id' },
  },
};

// Every defineTable object in main/domain: an entity missing here cannot be undone (and says so).
const DEFS: TableDef<{ id: number }>[] = [
  companies.def,
  contacts.def,
  projects.def,
  arrivals.def,
  interactions.def,
  trips.def,
  stops.def,
  visits.def,
  events.def,
  receptions.def,
  targets.def,
  serviceIssues.def,
  staff.def,
  teams.def,
  savedViews.def,
  notTwins.def,
  attachments.def,
] as unknown as TableDef<{ id: number }>[];

const byEntity = new Map<string, AuditedEntity>(
  DEFS.map((d) => [
    d.entity,
    {
      entity: d.entity,
      table: d.table,
      label: d.label,
      columns: d.columns as Record<string, string>,
      booleans: new Set<string>(d.booleans ?? []),
      lists: LISTS[d.entity] ?? {},
    },
  ]),
);
const byTable = new Map<string, AuditedEntity>([...byEntity.values()].map((e) => [e.table, e]));

export const auditedEntity = (entity: string): AuditedEntity | undefined => byEntity.get(entity);
export const auditedTable = (table: string): AuditedEntity | undefined => byTable.get(table);
export const auditedEntities = (): AuditedEntity[] => [...byEntity.values()];
