// Migration 4: covering indexes for the dashboard's indicators (main/domain/indicators).
// Immutable once released.
//
// Each indicator finds its rows by one date range (signed_on, started_on, arrived_on …) or
// stage, then reads a few small columns of them. With those columns in the index the
// aggregate never visits the table: on 100,000 projects and 500,000 interactions the matching
// rows are spread over the whole file, one page read each otherwise.
// Narrow indexes of migration 1 that a new one extends (same leading columns) are dropped:
// the wider index answers every query the narrow one did, including sorting the grids.
export const sql = /* sql */ `
DROP INDEX projects_signed;
CREATE INDEX projects_signed_cover ON projects(signed_on, stage, team_id, contract_amount, is_industrial,
  owner_id, first_contact_on, industry, chain, source_channel, company_id) WHERE signed_on IS NOT NULL;
CREATE INDEX projects_registered_cover ON projects(registered_on, stage, team_id, contract_amount)
  WHERE registered_on IS NOT NULL;
DROP INDEX projects_started;
CREATE INDEX projects_started_cover ON projects(started_on, stage, team_id, contract_amount, signed_on)
  WHERE started_on IS NOT NULL;
DROP INDEX projects_produced;
CREATE INDEX projects_produced_cover ON projects(produced_on, stage, team_id, contract_amount, signed_on)
  WHERE produced_on IS NOT NULL;
CREATE INDEX projects_full_cover ON projects(full_on, stage, team_id, contract_amount) WHERE full_on IS NOT NULL;
-- 在谈 and the funnel's current stages, and their breakdowns: per stage, with the amounts and keys.
CREATE INDEX projects_stage_amounts ON projects(stage, team_id, planned_amount, industry, chain, source_channel,
  company_id);
-- 在谈 on a past day walks the 亿元以上 projects and asks each one's history.
DROP INDEX projects_planned;
CREATE INDEX projects_planned_team ON projects(planned_amount, team_id);
DROP INDEX stage_history_project;
CREATE INDEX stage_history_project_stage ON project_stage_history(project_id, changed_on, id, to_stage);
-- Workload: each person's open projects, their investment and overdue follow-ups.
CREATE INDEX projects_owner_open ON projects(owner_id, stage, next_follow_up_on, planned_amount, contract_amount)
  WHERE owner_id IS NOT NULL;
DROP INDEX arrivals_date;
CREATE INDEX arrivals_date_cover ON investment_arrivals(arrived_on, amount, project_id);
-- The province of a project's company: a narrow copy of two columns of a wide table, read by
-- id for thousands of projects at a time (breakdown by 总部地区 names it with INDEXED BY).
CREATE INDEX companies_id_hq ON companies(id, hq_adcode);
-- 走访企业数: visits (kind visit_out) by date, with whom they were for.
CREATE INDEX interactions_kind_date ON interactions(kind, occurred_on, company_id, project_id);
DROP INDEX service_issues_reported;
CREATE INDEX service_issues_reported_cover ON service_issues(reported_on, status, closed_on, project_id, owner_id);
`;
