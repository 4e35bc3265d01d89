// Migration 15: versions of the parts the dashboard keeps (main/domain/indicators/buckets.ts).
// Immutable once released.
//
// The dashboard adds its figures up month by month and keeps each whole month's sums until a
// record dated in that month changes. What changed is told by these triggers, which run on
// every connection (the window's, the job thread's imports, applying another laptop's changes):
// each write gives the months of the rows it touches a new random version (old and new dates of
// an edit). Random, not counted up: a restored backup's months never carry a version that a
// figure kept from the file before it was computed at. The months of records written before
// this migration have no row yet; they are told apart by the file's own random epoch ('*').
// A bulk import turns the triggers off for its rows (figures_tracked(), main/db/figureVersions.ts)
// and gives the epoch a new version once at its end instead.
//
// Families, by month: 'projects' (the milestone dates of projects and the province of their
// company's headquarters, for signings), 'arrivals' (investment arrived, counted for its
// project's team) and 'visits' (走访企业数: visit records, their attendees and those attendees'
// teams, and the done visits of trips, dated by their own day, their stop's or their trip's).
// By person, 'owners' (the open projects on a desk, for 工作量); by block of company ids,
// 'companies' (the provinces of headquarters, for the breakdown of projects in talks). Triggers on a
// parent that cascades to its children run BEFORE the delete, while the children still tell
// their days. This device's own (LOCAL_TABLES), never sent.
const MONTHS_OF_PROJECT = (row: 'NEW' | 'OLD'): string =>
  ['signed_on', 'registered_on', 'started_on', 'produced_on', 'full_on', 'stage_since']
    .map((c) => `SELECT ${row}.${c} AS d`)
    .join(' UNION ALL ');

// A family's bucket of a value `d` the triggers name: the month of a day, a person's id, the
// block of 16,384 company ids a company is in.
const BUCKET_OF: Record<string, (d: string) => string> = {
  projects: (d) => `substr(${d}, 1, 7)`,
  arrivals: (d) => `substr(${d}, 1, 7)`,
  visits: (d) => `substr(${d}, 1, 7)`,
  owners: (d) => `CAST(${d} AS TEXT)`,
  companies: (d) => `CAST(${d} >> 14 AS TEXT)`,
};
// "WHERE true" before ON CONFLICT: SQLite's parser needs it after INSERT … SELECT.
const bump = (family: string, days: string): string => `
  INSERT INTO figure_versions (family, bucket, version)
    SELECT '${family}', m, random() FROM (SELECT DISTINCT ${BUCKET_OF[family]?.('d')} AS m FROM (${days}) WHERE d IS NOT NULL) WHERE true
  ON CONFLICT DO UPDATE SET version = excluded.version;`;

// The columns of a project some kept figure reads (an edit of its name or notes changes none).
const PROJECT_FIGURE_COLUMNS = `stage, stage_since, signed_on, registered_on, started_on, produced_on, full_on,
  first_contact_on, team_id, owner_id, contract_amount, planned_amount, is_industrial, industry, chain,
  source_channel, company_id`;

// The days a trip visit may be dated by (its own, else its stop's, else its trip's): all of them,
// so a change of any one outdates the month the visit is counted in.
const STOP_DAYS = (stopId: string): string =>
  `SELECT s.arrive_on AS d FROM trip_stops s WHERE s.id = ${stopId}
   UNION ALL SELECT t.starts_on FROM trip_stops s JOIN trips t ON t.id = s.trip_id WHERE s.id = ${stopId}`;
const VISIT_DAYS = (row: 'NEW' | 'OLD'): string =>
  `SELECT ${row}.planned_on AS d UNION ALL ${STOP_DAYS(`${row}.stop_id`)}`;
const TRIP_DAYS = (tripId: string): string =>
  `SELECT t.starts_on AS d FROM trips t WHERE t.id = ${tripId}
   UNION ALL SELECT s.arrive_on FROM trip_stops s WHERE s.trip_id = ${tripId}
   UNION ALL SELECT v.planned_on FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id WHERE s.trip_id = ${tripId}`;

/**
 * The three triggers of a table whose rows are counted: after an insert (the new row's days),
 * a delete (the old row's, BEFORE it when the table's children cascade from it) and an update of
 * `columns` (both).
 */
const onWrites = (
  table: string,
  family: string,
  days: (row: 'NEW' | 'OLD') => string,
  opts: { columns?: string; deleteBefore?: boolean } = {},
): string => `
CREATE TRIGGER ${table}_${family}_insert AFTER INSERT ON ${table} WHEN figures_tracked() BEGIN
  ${bump(family, days('NEW'))}
END;
CREATE TRIGGER ${table}_${family}_delete ${opts.deleteBefore ? 'BEFORE' : 'AFTER'} DELETE ON ${table} WHEN figures_tracked() BEGIN
  ${bump(family, days('OLD'))}
END;
CREATE TRIGGER ${table}_${family}_update AFTER UPDATE ${opts.columns ? `OF ${opts.columns} ` : ''}ON ${table} WHEN figures_tracked() BEGIN
  ${bump(family, `${days('OLD')} UNION ALL ${days('NEW')}`)}
END;`;

/** A trigger that outdates the months `days` names when `columns` of a row of `table` change. */
const onChangeOf = (
  table: string,
  columns: string,
  family: string,
  days: string,
  timing = 'AFTER',
): string => `
CREATE TRIGGER ${table}_figures_${family}_${columns.split(',')[0]} ${timing} UPDATE OF ${columns} ON ${table}
  WHEN figures_tracked() AND (${columns
    .split(',')
    .map((c) => `OLD.${c.trim()} IS NOT NEW.${c.trim()}`)
    .join(' OR ')}) BEGIN
  ${bump(family, days)}
END;`;

export const sql = /* sql */ `
CREATE TABLE figure_versions (
  family  TEXT NOT NULL,
  bucket  TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (family, bucket)
) STRICT, WITHOUT ROWID;
INSERT INTO figure_versions VALUES ('*', '*', random());

${onWrites('projects', 'projects', MONTHS_OF_PROJECT, { columns: PROJECT_FIGURE_COLUMNS })}
${onWrites('projects', 'owners', (row) => `SELECT ${row}.owner_id AS d`, {
  columns: 'owner_id, stage, next_follow_up_on, planned_amount, contract_amount',
})}
${onWrites('companies', 'companies', (row) => `SELECT ${row}.id AS d`, { columns: 'hq_adcode' })}
${onChangeOf(
  'projects',
  'company_id',
  'visits',
  `SELECT occurred_on AS d FROM interactions WHERE project_id = NEW.id
   UNION ALL SELECT coalesce(v.planned_on, s.arrive_on, t.starts_on) FROM stop_visits v
     JOIN trip_stops s ON s.id = v.stop_id JOIN trips t ON t.id = s.trip_id WHERE v.project_id = NEW.id`,
)}
${onChangeOf('projects', 'team_id', 'arrivals', 'SELECT arrived_on AS d FROM investment_arrivals WHERE project_id = NEW.id')}
${onChangeOf('companies', 'hq_adcode', 'projects', 'SELECT signed_on AS d FROM projects WHERE company_id = NEW.id')}
${onWrites('investment_arrivals', 'arrivals', (row) => `SELECT ${row}.arrived_on AS d`)}

${onWrites('interactions', 'visits', (row) => `SELECT ${row}.occurred_on AS d`, {
  columns: 'kind, occurred_on, company_id, project_id',
})}
${onWrites(
  'interaction_staff',
  'visits',
  (row) =>
    `SELECT ${row}.visit_on AS d UNION ALL SELECT occurred_on FROM interactions WHERE id = ${row}.interaction_id`,
)}
${onChangeOf('staff', 'team_id', 'visits', 'SELECT visit_on AS d FROM interaction_staff WHERE staff_id = NEW.id')}
${onWrites('stop_visits', 'visits', VISIT_DAYS, { deleteBefore: true })}
${onChangeOf(
  'trip_stops',
  'arrive_on, trip_id',
  'visits',
  `${STOP_DAYS('OLD.id')} UNION ALL SELECT NEW.arrive_on UNION ALL SELECT starts_on FROM trips WHERE id = NEW.trip_id`,
  'BEFORE',
)}
CREATE TRIGGER trip_stops_figures_delete BEFORE DELETE ON trip_stops WHEN figures_tracked() BEGIN
  ${bump('visits', `${STOP_DAYS('OLD.id')} UNION ALL SELECT planned_on FROM stop_visits WHERE stop_id = OLD.id`)}
END;
${onChangeOf('trips', 'starts_on, team_id', 'visits', `${TRIP_DAYS('OLD.id')} UNION ALL SELECT NEW.starts_on`, 'BEFORE')}
CREATE TRIGGER trips_figures_delete BEFORE DELETE ON trips WHEN figures_tracked() BEGIN
  ${bump('visits', TRIP_DAYS('OLD.id'))}
END;
`;
