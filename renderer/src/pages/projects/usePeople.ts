import { useEffect, useMemo, useState } from 'react';
import type { StaffRow, TeamRow } from '@contract/people/schema';
import { call } from '../../api';

export interface People {
  staff: StaffRow[];
  teams: TeamRow[];
  staffName(id: unknown): string | null;
  teamName(id: unknown): string | null;
}

/**
 * Everyone on our side, former staff included: old meetings and edits still name them.
 * Pickers for new entries offer only the active ones.
 */
export function usePeople(): People {
  const [staff, setStaff] = useState<StaffRow[]>([]);
  const [teams, setTeams] = useState<TeamRow[]>([]);
  useEffect(() => {
    let live = true;
    call('staff.list', { limit: 500, sort: [{ col: 'name', dir: 'asc' }] })
      .then((p) => live && setStaff(p.rows))
      .catch(() => undefined);
    call('teams.list', {})
      .then((rows) => live && setTeams(rows))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    const staffById = new Map(staff.map((s) => [s.id, s.name]));
    const teamById = new Map(teams.map((t) => [t.id, t.name]));
    return {
      staff,
      teams,
      staffName: (id) => (typeof id === 'number' ? (staffById.get(id) ?? null) : null),
      teamName: (id) => (typeof id === 'number' ? (teamById.get(id) ?? null) : null),
    };
  }, [staff, teams]);
}
