import './trips.css';
import { TripPlannerPage } from './planner/TripPlannerPage';
import { TripsPage } from './TripsPage';

/** #/trips (the year's trips) and #/trips/<id> (one trip's planner). */
export function TripsRoute({ params, subpath }: { params: URLSearchParams; subpath: string[] }) {
  const id = Number(subpath[0]);
  if (Number.isInteger(id) && id > 0) return <TripPlannerPage key={id} id={id} />;
  return <TripsPage key={params.toString()} params={params} />;
}
