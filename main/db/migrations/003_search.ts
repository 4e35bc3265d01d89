// Migration 3: the global search index (Ctrl+K). Immutable once released.
//
// - search_company / search_contact / search_project: contentless FTS5 tables keyed by the
//   record's id. Their "terms" are written by main/domain/search (pinyin cannot be computed
//   in SQL): Chinese bigrams, pinyin and initials from every syllable on, phone digits, credit
//   code. detail=none keeps them small (positions are not needed: every hit is checked against
//   the record afterwards); prefix indexes make "z", "zh", "zha", "zhan" as fast as whole words.
// - search_syllables: each record's name as pinyin syllables ("hang zhou hai kang …"), so the
//   search can check and highlight pinyin hits without running pinyin-pro on every candidate;
//   name_hash tells whether they still belong to the name as it is now.
// - search_queue: records whose terms are stale. Triggers fill it on every insert and on every
//   change of a searched column, whatever wrote it (forms, imports, merge, undo); the search
//   brings the terms up to date before it answers. Deletes are taken out of the index at once.
// - Rows already in the database are queued here, so an upgraded database is indexed on its
//   first search.
const fts = (kind: string): string =>
  `CREATE VIRTUAL TABLE search_${kind} USING fts5(terms, content='', contentless_delete=1, detail=none,
     prefix='1 2 3 4', tokenize='unicode61 remove_diacritics 0');`;

const triggers = (table: string, kind: string, columns: string): string => /* sql */ `
CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('${kind}', new.id);
END;
CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${columns} ON ${table} BEGIN
  INSERT OR IGNORE INTO search_queue (kind, id) VALUES ('${kind}', new.id), ('${kind}', old.id);
END;
CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
  DELETE FROM search_${kind} WHERE rowid = old.id;
  DELETE FROM search_syllables WHERE kind = '${kind}' AND id = old.id;
  DELETE FROM search_queue WHERE kind = '${kind}' AND id = old.id;
END;
INSERT OR IGNORE INTO search_queue (kind, id) SELECT '${kind}', id FROM ${table};`;

export const sql = /* sql */ `
${fts('company')}
${fts('contact')}
${fts('project')}
CREATE TABLE search_syllables (
  kind      TEXT NOT NULL CHECK (kind IN ('company', 'contact', 'project')),
  id        INTEGER NOT NULL,
  syllables TEXT NOT NULL,
  name_hash INTEGER NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
CREATE TABLE search_queue (
  kind TEXT NOT NULL CHECK (kind IN ('company', 'contact', 'project')),
  id   INTEGER NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
${triggers('companies', 'company', 'id, name, credit_code')}
${triggers('contacts', 'contact', 'id, name, mobile, phone')}
${triggers('projects', 'project', 'id, name')}
`;
