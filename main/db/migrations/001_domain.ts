// Migration 1: the whole domain model. Immutable once released: later changes go in new files.
// Money is INTEGER yuan; dates are ISO 'YYYY-MM-DD' text; timestamps ISO-8601 UTC text.
const date = (col: string): string =>
  `CHECK (${col} IS NULL OR (${col} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(${col}) = ${col}))`;

export const sql = /* sql */ `
CREATE TABLE teams (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  kind        TEXT NOT NULL DEFAULT 'squad' CHECK (kind IN ('squad', 'taskforce', 'office', 'bureau')),
  leader_id   INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  region      TEXT,
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title         TEXT,
  role          TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'member', 'commissioner', 'office')),
  leader_level  TEXT CHECK (leader_level IS NULL OR leader_level IN ('city', 'county', 'zone')),
  team_id       INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  mobile        TEXT,
  email         TEXT,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX staff_team ON staff(team_id);

CREATE TABLE companies (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  name_key        TEXT NOT NULL,
  credit_code     TEXT UNIQUE CHECK (credit_code IS NULL OR length(credit_code) = 18),
  industry        TEXT,
  chain           TEXT,
  tier            TEXT CHECK (tier IS NULL OR tier IN ('global500', 'china500', 'soe', 'private100', 'listed', 'specialized', 'other')),
  is_chain_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_chain_leader IN (0, 1)),
  hq_adcode       INTEGER CHECK (hq_adcode IS NULL OR hq_adcode BETWEEN 110000 AND 829999),
  hq_address      TEXT,
  lng             REAL CHECK (lng IS NULL OR lng BETWEEN 70 AND 140),
  lat             REAL CHECK (lat IS NULL OR lat BETWEEN 0 AND 60),
  source_channel  TEXT,
  registered_capital INTEGER CHECK (registered_capital IS NULL OR registered_capital >= 0),
  website         TEXT,
  intro           TEXT,
  talking_points  TEXT,
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX companies_name_key ON companies(name_key);
CREATE INDEX companies_updated ON companies(updated_at);
CREATE INDEX companies_industry ON companies(industry, name);
CREATE INDEX companies_chain ON companies(chain, name);
CREATE INDEX companies_hq ON companies(hq_adcode);
CREATE INDEX companies_name ON companies(name);

CREATE TABLE contacts (
  id          INTEGER PRIMARY KEY,
  company_id  INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title       TEXT,
  mobile      TEXT,
  phone       TEXT,
  wechat      TEXT,
  email       TEXT,
  is_key      INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX contacts_company ON contacts(company_id);
CREATE INDEX contacts_name ON contacts(name);
CREATE INDEX contacts_mobile ON contacts(mobile);

CREATE TABLE projects (
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
  company_id          INTEGER REFERENCES companies(id) ON DELETE RESTRICT,
  stage               TEXT NOT NULL DEFAULT 'lead' CHECK (stage IN ('lead', 'contact', 'visit', 'negotiating', 'signed', 'registered', 'started', 'producing', 'full', 'dropped')),
  stage_since         TEXT NOT NULL ${date('stage_since')},
  drop_reason         TEXT CHECK (stage <> 'dropped' OR length(trim(drop_reason)) > 0),
  industry            TEXT,
  chain               TEXT,
  source_channel      TEXT,
  planned_amount      INTEGER CHECK (planned_amount IS NULL OR planned_amount >= 0),
  contract_amount     INTEGER CHECK (contract_amount IS NULL OR contract_amount >= 0),
  key_level           TEXT CHECK (key_level IS NULL OR key_level IN ('province', 'city')),
  annual_plan_amount  INTEGER CHECK (annual_plan_amount IS NULL OR annual_plan_amount >= 0),
  completed_amount    INTEGER CHECK (completed_amount IS NULL OR completed_amount >= 0),
  is_industrial       INTEGER NOT NULL DEFAULT 1 CHECK (is_industrial IN (0, 1)),
  site                TEXT,
  land_mu             REAL CHECK (land_mu IS NULL OR land_mu >= 0),
  owner_id            INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  team_id             INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  first_contact_on    TEXT ${date('first_contact_on')},
  signed_on           TEXT ${date('signed_on')},
  registered_on       TEXT ${date('registered_on')},
  started_on          TEXT ${date('started_on')},
  produced_on         TEXT ${date('produced_on')},
  full_on             TEXT ${date('full_on')},
  dropped_on          TEXT ${date('dropped_on')},
  next_follow_up_on   TEXT ${date('next_follow_up_on')},
  next_follow_up_note TEXT,
  notes               TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX projects_company ON projects(company_id);
CREATE INDEX projects_stage ON projects(stage, stage_since);
CREATE INDEX projects_owner ON projects(owner_id, next_follow_up_on);
CREATE INDEX projects_team ON projects(team_id);
CREATE INDEX projects_follow_up ON projects(next_follow_up_on) WHERE next_follow_up_on IS NOT NULL;
CREATE INDEX projects_signed ON projects(signed_on) WHERE signed_on IS NOT NULL;
CREATE INDEX projects_started ON projects(started_on) WHERE started_on IS NOT NULL;
CREATE INDEX projects_produced ON projects(produced_on) WHERE produced_on IS NOT NULL;
CREATE INDEX projects_planned ON projects(planned_amount);
CREATE INDEX projects_contract ON projects(contract_amount);
CREATE INDEX projects_updated ON projects(updated_at);
CREATE INDEX projects_name ON projects(name);

CREATE TABLE project_stage_history (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  from_stage  TEXT,
  to_stage    TEXT NOT NULL,
  changed_on  TEXT NOT NULL ${date('changed_on')},
  reason      TEXT,
  actor       TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX stage_history_project ON project_stage_history(project_id, changed_on);
CREATE INDEX stage_history_changed ON project_stage_history(changed_on, to_stage);

CREATE TABLE investment_arrivals (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  arrived_on  TEXT NOT NULL ${date('arrived_on')},
  amount      INTEGER NOT NULL CHECK (amount > 0),
  note        TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX arrivals_project ON investment_arrivals(project_id);
CREATE INDEX arrivals_date ON investment_arrivals(arrived_on);

CREATE TABLE interactions (
  id              INTEGER PRIMARY KEY,
  company_id      INTEGER REFERENCES companies(id) ON DELETE CASCADE,
  project_id      INTEGER REFERENCES projects(id) ON DELETE SET NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('call', 'visit_out', 'visit_in', 'promotion', 'signing', 'breakfast', 'tea', 'salon', 'meeting', 'online', 'other')),
  occurred_on     TEXT NOT NULL ${date('occurred_on')},
  place           TEXT,
  their_attendees_text TEXT,
  summary         TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  sticking_points TEXT,
  promises        TEXT,
  next_step       TEXT,
  next_step_on    TEXT ${date('next_step_on')},
  next_step_done  INTEGER NOT NULL DEFAULT 0 CHECK (next_step_done IN (0, 1)),
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (company_id IS NOT NULL OR project_id IS NOT NULL)
) STRICT;
CREATE INDEX interactions_company ON interactions(company_id, occurred_on);
CREATE INDEX interactions_project ON interactions(project_id, occurred_on);
CREATE INDEX interactions_date ON interactions(occurred_on);
CREATE INDEX interactions_next ON interactions(next_step_on) WHERE next_step_on IS NOT NULL AND next_step_done = 0;

CREATE TABLE interaction_staff (
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  staff_id       INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  PRIMARY KEY (interaction_id, staff_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX interaction_staff_staff ON interaction_staff(staff_id);

CREATE TABLE interaction_contacts (
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  contact_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  PRIMARY KEY (interaction_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX interaction_contacts_contact ON interaction_contacts(contact_id);

CREATE TABLE trips (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  leader_id   INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  team_id     INTEGER REFERENCES teams(id) ON DELETE SET NULL,
  purpose     TEXT,
  starts_on   TEXT NOT NULL ${date('starts_on')},
  ends_on     TEXT NOT NULL ${date('ends_on')},
  status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
  home_adcode INTEGER,
  return_home INTEGER NOT NULL DEFAULT 1 CHECK (return_home IN (0, 1)),
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE INDEX trips_dates ON trips(starts_on, ends_on);
CREATE INDEX trips_leader ON trips(leader_id, starts_on);

CREATE TABLE trip_members (
  trip_id  INTEGER NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  PRIMARY KEY (trip_id, staff_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE trip_stops (
  id          INTEGER PRIMARY KEY,
  trip_id     INTEGER NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL CHECK (seq >= 0),
  adcode      INTEGER NOT NULL CHECK (adcode BETWEEN 110000 AND 829999),
  place_name  TEXT NOT NULL,
  arrive_on   TEXT ${date('arrive_on')},
  depart_on   TEXT ${date('depart_on')},
  pinned      INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (trip_id, seq),
  CHECK (depart_on IS NULL OR arrive_on IS NULL OR depart_on >= arrive_on)
) STRICT;
CREATE INDEX trip_stops_adcode ON trip_stops(adcode);

CREATE TABLE stop_visits (
  id             INTEGER PRIMARY KEY,
  stop_id        INTEGER NOT NULL REFERENCES trip_stops(id) ON DELETE CASCADE,
  company_id     INTEGER REFERENCES companies(id) ON DELETE CASCADE,
  project_id     INTEGER REFERENCES projects(id) ON DELETE SET NULL,
  planned_on     TEXT ${date('planned_on')},
  status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
  interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
  notes          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (company_id IS NOT NULL OR project_id IS NOT NULL)
) STRICT;
CREATE INDEX stop_visits_stop ON stop_visits(stop_id);
CREATE INDEX stop_visits_company ON stop_visits(company_id, planned_on);
CREATE INDEX stop_visits_project ON stop_visits(project_id);

CREATE TABLE stop_events (
  id         INTEGER PRIMARY KEY,
  stop_id    INTEGER NOT NULL REFERENCES trip_stops(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('promotion', 'forum', 'signing', 'other')),
  title      TEXT NOT NULL,
  held_on    TEXT ${date('held_on')},
  notes      TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX stop_events_stop ON stop_events(stop_id);

CREATE TABLE receptions (
  id            INTEGER PRIMARY KEY,
  starts_on     TEXT NOT NULL ${date('starts_on')},
  ends_on       TEXT NOT NULL ${date('ends_on')},
  company_id    INTEGER REFERENCES companies(id) ON DELETE SET NULL,
  project_id    INTEGER REFERENCES projects(id) ON DELETE SET NULL,
  delegation    TEXT NOT NULL CHECK (length(trim(delegation)) > 0),
  headcount     INTEGER NOT NULL CHECK (headcount > 0),
  host_id       INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  itinerary     TEXT,
  outcome       TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE INDEX receptions_dates ON receptions(starts_on);
CREATE INDEX receptions_company ON receptions(company_id);

CREATE TABLE targets (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  indicator  TEXT NOT NULL,
  team_id    INTEGER REFERENCES teams(id) ON DELETE CASCADE,
  value      INTEGER NOT NULL CHECK (value >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX targets_key ON targets(year, indicator, ifnull(team_id, 0));

CREATE TABLE service_issues (
  id          INTEGER PRIMARY KEY,
  company_id  INTEGER REFERENCES companies(id) ON DELETE CASCADE,
  project_id  INTEGER REFERENCES projects(id) ON DELETE SET NULL,
  category    TEXT NOT NULL CHECK (category IN ('water', 'power', 'road', 'network', 'approval', 'labour', 'finance', 'other')),
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  reported_on TEXT NOT NULL ${date('reported_on')},
  owner_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
  due_on      TEXT ${date('due_on')},
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed')),
  resolution  TEXT,
  closed_on   TEXT ${date('closed_on')},
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (company_id IS NOT NULL OR project_id IS NOT NULL),
  CHECK (status <> 'closed' OR (closed_on IS NOT NULL AND length(trim(resolution)) > 0))
) STRICT;
CREATE INDEX service_issues_status ON service_issues(status, due_on);
CREATE INDEX service_issues_company ON service_issues(company_id);
CREATE INDEX service_issues_project ON service_issues(project_id);
CREATE INDEX service_issues_reported ON service_issues(reported_on);

CREATE TABLE saved_views (
  id         INTEGER PRIMARY KEY,
  grid       TEXT NOT NULL,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  state      TEXT NOT NULL CHECK (json_valid(state)),
  builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (grid, name)
) STRICT;

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE audit_batches (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL CHECK (kind IN ('import', 'merge', 'bulk', 'restore', 'demo', 'other')),
  label     TEXT NOT NULL,
  actor     TEXT NOT NULL,
  at        TEXT NOT NULL,
  undone_at TEXT
) STRICT;

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after)),
  batch_id  INTEGER REFERENCES audit_batches(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX audit_entity ON audit_log(entity, entity_id, id);
CREATE INDEX audit_batch ON audit_log(batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX audit_at ON audit_log(at);
`;
