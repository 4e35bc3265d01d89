import type { Db } from '../../db/open';
import type { CompanyTier } from '@contract/companies/schema';
import type { ProjectStage } from '@contract/projects/pipelineStages';
import { allRegions, greatCircleKm, type LngLat } from '@contract/shared/regions';
import { todayLocal } from '@contract/shared/time';
import { parseOrThrow } from '../shared/validate';
import { nearbyInput, type NearbyLead } from '@contract/trips/planningSchema';
import { placeCentre } from './routeDistance';
import { tripOfStop } from './tables';

/**
 * Which project makes a company worth the detour: a deal still being won comes first (the
 * further along, the warmer), then signed projects (a service call), then bare leads. Dropped
 * projects do not count at all.
 */
const STAGE_RANK: Record<ProjectStage, number> = {
  negotiating: 9,
  visit: 8,
  contact: 7,
  signed: 6,
  registered: 5,
  started: 4,
  producing: 3,
  full: 2,
  lead: 1,
  dropped: 0,
};

// A company filed only under a province would sit at the provincial capital: too coarse to be
// "near" anything, except where the province is one city.
const CITY_PROVINCES = new Set([110000, 120000, 310000, 500000, 810000, 820000]);

function regionsWithin(centre: LngLat, radiusKm: number): number[] {
  return allRegions()
    .filter((r) => r.level !== 'province' || CITY_PROVINCES.has(r.adcode))
    .filter((r) => greatCircleKm(centre, r.center) <= radiusKm)
    .map((r) => r.adcode);
}

interface Candidate {
  id: number;
  name: string;
  chain: string | null;
  tier: CompanyTier | null;
  lng: number | null;
  lat: number | null;
  hqAdcode: number | null;
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * Companies within the radius of a stop, best prospects first: ranked by their best live project's
 * stage, then its amount, then distance. Companies with coordinates are placed exactly; the
 * others at their headquarters' division seat.
 */
export function nearbyLeads(db: Db, input: unknown, today = todayLocal()): NearbyLead[] {
  const { stopId, radiusKm, limit = 50, chain, tiers } = parseOrThrow(nearbyInput, input);
  const { stop } = tripOfStop(db, stopId);
  const centre = placeCentre(stop.adcode);
  if (!centre) return [];
  const dLat = radiusKm / 111;
  const dLng = radiusKm / (111 * Math.max(0.2, Math.cos((centre[1] * Math.PI) / 180)));
  const candidates = db
    .prepare(
      `SELECT id, name, chain, tier, lng, lat, hq_adcode AS hqAdcode FROM companies
       WHERE ((lng IS NOT NULL AND lat IS NOT NULL AND lng BETWEEN @w AND @e AND lat BETWEEN @s AND @n)
          OR ((lng IS NULL OR lat IS NULL) AND hq_adcode IN (SELECT value FROM json_each(@codes))))
         AND (@chain IS NULL OR chain = @chain)
         AND (@tiers IS NULL OR tier IN (SELECT value FROM json_each(@tiers)))`,
    )
    .all({
      chain: chain ?? null,
      tiers: tiers?.length ? JSON.stringify(tiers) : null,
      w: centre[0] - dLng,
      e: centre[0] + dLng,
      s: centre[1] - dLat,
      n: centre[1] + dLat,
      codes: JSON.stringify(regionsWithin(centre, radiusKm)),
    }) as Candidate[];

  const near = new Map<number, { c: Candidate; km: number; located: NearbyLead['located'] }>();
  for (const c of candidates) {
    const exact = c.lng != null && c.lat != null;
    const at = exact ? ([c.lng, c.lat] as LngLat) : c.hqAdcode != null ? placeCentre(c.hqAdcode) : null;
    if (!at) continue;
    const km = greatCircleKm(centre, at);
    if (km <= radiusKm) near.set(c.id, { c, km, located: exact ? 'exact' : 'region' });
  }
  if (near.size === 0) return [];
  const ids = JSON.stringify([...near.keys()]);

  const projects = db
    .prepare(
      `SELECT id, name, company_id AS companyId, stage, coalesce(contract_amount, planned_amount) AS amount
       FROM projects WHERE stage <> 'dropped' AND company_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as {
    id: number;
    name: string;
    companyId: number;
    stage: ProjectStage;
    amount: number | null;
  }[];
  const best = new Map<number, (typeof projects)[number]>();
  for (const p of projects) {
    const cur = best.get(p.companyId);
    const better =
      !cur ||
      STAGE_RANK[p.stage] > STAGE_RANK[cur.stage] ||
      (STAGE_RANK[p.stage] === STAGE_RANK[cur.stage] && (p.amount ?? 0) > (cur.amount ?? 0));
    if (better) best.set(p.companyId, p);
  }
  const lastContact = new Map(
    (
      db
        .prepare(
          `SELECT company_id AS id, max(occurred_on) AS last FROM interactions
           WHERE company_id IN (SELECT value FROM json_each(?)) GROUP BY company_id`,
        )
        .all(ids) as { id: number; last: string }[]
    ).map((r) => [r.id, r.last]),
  );
  const onTrip = new Set(
    db
      .prepare(
        `SELECT DISTINCT v.company_id FROM stop_visits v JOIN trip_stops s ON s.id = v.stop_id
         WHERE s.trip_id = ? AND v.status <> 'cancelled' AND v.company_id IS NOT NULL`,
      )
      .pluck()
      .all(stop.tripId) as number[],
  );

  const leads: NearbyLead[] = [...near.values()].map(({ c, km, located }) => {
    const p = best.get(c.id);
    const last = lastContact.get(c.id) ?? null;
    return {
      companyId: c.id,
      companyName: c.name,
      chain: c.chain,
      tier: c.tier,
      projectId: p?.id ?? null,
      projectName: p?.name ?? null,
      stage: p?.stage ?? null,
      amount: p?.amount ?? null,
      distanceKm: Math.round(km * 10) / 10,
      located,
      lastContactOn: last,
      daysSinceContact: last ? Math.max(0, daysBetween(last, today)) : null,
      onTrip: onTrip.has(c.id),
    };
  });
  const rank = (l: NearbyLead): number => (l.stage ? STAGE_RANK[l.stage] : 0);
  leads.sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (b.amount ?? 0) - (a.amount ?? 0) ||
      a.distanceKm - b.distanceKm ||
      a.companyId - b.companyId,
  );
  return leads.slice(0, limit);
}
