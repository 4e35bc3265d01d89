import { it } from 'vitest';
import { generateDemo } from '../../../main/domain/demo';
import { freshDb } from '../testDb';
it('explore', () => {
  const db = freshDb();
  const r = generateDemo(db, 'S');
  console.log(JSON.stringify(r));
  for (const t of ['companies','contacts','projects','project_stage_history','investment_arrivals','interactions','trips','trip_stops','stop_visits','receptions','targets','service_issues','teams','staff'])
    console.log(t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
  console.log(db.prepare(`SELECT t.id, t.title, t.starts_on, t.ends_on, t.status, (SELECT count(*) FROM stop_visits v JOIN trip_stops s ON s.id=v.stop_id WHERE s.trip_id=t.id) AS v, (SELECT count(*) FROM trip_stops s WHERE s.trip_id=t.id) st FROM trips t ORDER BY v DESC LIMIT 5`).all());
  console.log(db.prepare(`SELECT year, indicator, team_id, value FROM targets LIMIT 40`).all());
  console.log(db.prepare(`SELECT min(changed_on), max(changed_on) FROM project_stage_history`).get());
  console.log(db.prepare(`SELECT * FROM companies c WHERE (SELECT count(*) FROM projects p WHERE p.company_id=c.id) > 1 AND talking_points IS NOT NULL LIMIT 1`).get());
  console.log(db.prepare(`SELECT * FROM companies LIMIT 1`).get());
});
