import type { ServerMigration } from '../migrate';

// Server migration 1: the office's change log and its relational mirror. Immutable once released.
//
// `changes` is the record: every change any laptop pushed that the office's ledger kept, in the
// order the server received them (seq), each with the push it came in (`push_batches.seen` is the
// pushing laptop's vector then, which receivers need to tell a concurrent edit from a later one).
// `mirror.*` holds the ledger those changes make, one table per synced table of the desktop as of
// its migration 12 (main/db/migrations/012_syncTables.ts), rows by gid, references as the parent's
// gid, so office-wide questions are plain SQL here. Column types follow the desktop's SQLite
// columns: INTEGER → bigint, REAL → double precision, TEXT → text (a reference: the gid, text).
// No foreign keys: the mirror is written from the merged ledger, which settles references itself.

const sql = /* sql */ `
CREATE TABLE push_batches (
  id       bigserial PRIMARY KEY,
  device   text NOT NULL,
  user_id  integer,
  seen     jsonb NOT NULL,
  at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE changes (
  seq          bigserial PRIMARY KEY,
  hlc          text NOT NULL,
  device       text NOT NULL,
  tbl          text NOT NULL,
  gid          text NOT NULL,
  op           text NOT NULL CHECK (op IN ('put', 'del')),
  fields       jsonb,
  actor        text NOT NULL,
  batch        bigint NOT NULL REFERENCES push_batches(id),
  received_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (hlc, device, tbl, gid)
);
CREATE INDEX changes_device_hlc ON changes (device, hlc);
CREATE INDEX changes_row ON changes (tbl, gid);

CREATE SCHEMA mirror;
CREATE TABLE mirror.teams (
  gid text PRIMARY KEY,
  name text,
  kind text,
  leader_id text,
  region text,
  active bigint,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.staff (
  gid text PRIMARY KEY,
  name text,
  title text,
  role text,
  leader_level text,
  team_id text,
  mobile text,
  email text,
  active bigint,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.companies (
  gid text PRIMARY KEY,
  name text,
  name_key text,
  credit_code text,
  industry text,
  chain text,
  tier text,
  is_chain_leader bigint,
  hq_adcode bigint,
  hq_address text,
  lng double precision,
  lat double precision,
  source_channel text,
  registered_capital bigint,
  website text,
  intro text,
  talking_points text,
  notes text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.contacts (
  gid text PRIMARY KEY,
  company_id text,
  name text,
  title text,
  mobile text,
  phone text,
  wechat text,
  email text,
  is_key bigint,
  notes text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.projects (
  gid text PRIMARY KEY,
  name text,
  company_id text,
  stage text,
  stage_since text,
  drop_reason text,
  industry text,
  chain text,
  source_channel text,
  planned_amount bigint,
  contract_amount bigint,
  key_level text,
  annual_plan_amount bigint,
  completed_amount bigint,
  is_industrial bigint,
  site text,
  land_mu double precision,
  owner_id text,
  team_id text,
  first_contact_on text,
  signed_on text,
  registered_on text,
  started_on text,
  produced_on text,
  full_on text,
  dropped_on text,
  next_follow_up_on text,
  next_follow_up_note text,
  notes text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.project_stage_history (
  gid text PRIMARY KEY,
  project_id text,
  from_stage text,
  to_stage text,
  changed_on text,
  reason text,
  actor text,
  created_at text
);
CREATE TABLE mirror.investment_arrivals (
  gid text PRIMARY KEY,
  project_id text,
  arrived_on text,
  amount bigint,
  note text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.interactions (
  gid text PRIMARY KEY,
  company_id text,
  project_id text,
  kind text,
  occurred_on text,
  place text,
  their_attendees_text text,
  summary text,
  sticking_points text,
  promises text,
  next_step text,
  next_step_on text,
  next_step_done bigint,
  created_by text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.interaction_staff (
  interaction_id text,
  staff_id text,
  PRIMARY KEY (interaction_id, staff_id)
);
CREATE TABLE mirror.interaction_contacts (
  interaction_id text,
  contact_id text,
  PRIMARY KEY (interaction_id, contact_id)
);
CREATE TABLE mirror.trips (
  gid text PRIMARY KEY,
  title text,
  leader_id text,
  team_id text,
  purpose text,
  starts_on text,
  ends_on text,
  status text,
  home_adcode bigint,
  return_home bigint,
  notes text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.trip_members (
  trip_id text,
  staff_id text,
  PRIMARY KEY (trip_id, staff_id)
);
CREATE TABLE mirror.trip_stops (
  gid text PRIMARY KEY,
  trip_id text,
  seq bigint,
  adcode bigint,
  place_name text,
  arrive_on text,
  depart_on text,
  pinned bigint,
  notes text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.stop_visits (
  gid text PRIMARY KEY,
  stop_id text,
  company_id text,
  project_id text,
  planned_on text,
  status text,
  interaction_id text,
  notes text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.stop_events (
  gid text PRIMARY KEY,
  stop_id text,
  kind text,
  title text,
  held_on text,
  notes text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.receptions (
  gid text PRIMARY KEY,
  starts_on text,
  ends_on text,
  company_id text,
  project_id text,
  delegation text,
  headcount bigint,
  host_id text,
  itinerary text,
  outcome text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.targets (
  gid text PRIMARY KEY,
  year bigint,
  indicator text,
  team_id text,
  value bigint,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.service_issues (
  gid text PRIMARY KEY,
  company_id text,
  project_id text,
  category text,
  description text,
  reported_on text,
  owner_id text,
  due_on text,
  status text,
  resolution text,
  closed_on text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.company_not_twins (
  gid text PRIMARY KEY,
  low_id text,
  high_id text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.attachments (
  gid text PRIMARY KEY,
  owner_kind text,
  owner_id text,
  hash text,
  file_name text,
  mime text,
  size bigint,
  category text,
  added_by text,
  created_at text,
  updated_at text
);
CREATE TABLE mirror.sync_conflicts (
  gid text PRIMARY KEY,
  tbl text,
  gid_of_row text,
  field text,
  kind text,
  kept_value text,
  kept_hlc text,
  kept_device text,
  kept_actor text,
  other_value text,
  other_hlc text,
  other_device text,
  other_actor text,
  found_at text,
  settled_at text,
  settled_by text
);
CREATE INDEX mirror_projects_company ON mirror.projects (company_id);
CREATE INDEX mirror_projects_team ON mirror.projects (team_id);
CREATE INDEX mirror_trips_team ON mirror.trips (team_id);
CREATE INDEX mirror_interaction_staff_staff ON mirror.interaction_staff (staff_id);
CREATE INDEX mirror_interaction_contacts_contact ON mirror.interaction_contacts (contact_id);
CREATE INDEX mirror_trip_members_staff ON mirror.trip_members (staff_id);
`;

export const m001: ServerMigration = { version: 1, name: 'change_log', sql };
