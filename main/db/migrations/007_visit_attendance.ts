// Migration 7: each attendee row of a visit (走访, kind visit_out) carries the visit's day and
// company, with an index over them. Immutable once released.
//
// 走访企业数 per team counts the companies visited by any member of the team. Read from
// interactions, that is one lookup into interaction_staff per visit: on the L demo 62,000
// visits a year, 90 ms, most of it those lookups. With the day and company on the attendee row,
// the year's attendances are one range of one index. The copies are kept by triggers (an
// attendee added; a visit's kind, day, company or project changed; a project moved to another
// company), so no write path can forget them. Rows of other kinds of interaction carry NULLs.
const day = `CASE WHEN i.kind = 'visit_out' THEN i.occurred_on END`;
const company = `coalesce(i.company_id, (SELECT p.company_id FROM projects p WHERE p.id = i.project_id))`;
const copyFrom = (interactionId: string): string =>
  `(visit_on, visit_company_id) = (SELECT ${day}, ${company} FROM interactions i WHERE i.id = ${interactionId})`;

export const sql = /* sql */ `
ALTER TABLE interaction_staff ADD COLUMN visit_on TEXT;
ALTER TABLE interaction_staff ADD COLUMN visit_company_id INTEGER;
UPDATE interaction_staff SET ${copyFrom('interaction_staff.interaction_id')};
CREATE INDEX interaction_staff_visits ON interaction_staff(visit_on, staff_id, visit_company_id)
  WHERE visit_on IS NOT NULL;
CREATE TRIGGER interaction_staff_visit_copy AFTER INSERT ON interaction_staff BEGIN
  UPDATE interaction_staff SET ${copyFrom('NEW.interaction_id')}
  WHERE interaction_id = NEW.interaction_id AND staff_id = NEW.staff_id;
END;
CREATE TRIGGER interactions_visit_copy AFTER UPDATE OF kind, occurred_on, company_id, project_id ON interactions BEGIN
  UPDATE interaction_staff SET ${copyFrom('NEW.id')} WHERE interaction_id = NEW.id;
END;
CREATE TRIGGER projects_visit_company_copy AFTER UPDATE OF company_id ON projects BEGIN
  UPDATE interaction_staff SET visit_company_id = NEW.company_id
  WHERE interaction_id IN (SELECT id FROM interactions WHERE project_id = NEW.id AND company_id IS NULL);
END;
`;
