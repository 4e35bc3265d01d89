// SQL: who took part in an interaction (alias i), as one 、-joined text. The interactions grid
// and a project's timeline both show it; neither area imports the other for it.
export const STAFF_NAMES = `(SELECT group_concat(s.name, '、' ORDER BY s.name) FROM interaction_staff x
  JOIN staff s ON s.id = x.staff_id WHERE x.interaction_id = i.id)`;
export const CONTACT_NAMES = `(SELECT group_concat(k.name, '、' ORDER BY k.is_key DESC, k.name) FROM interaction_contacts x
  JOIN contacts k ON k.id = x.contact_id WHERE x.interaction_id = i.id)`;
