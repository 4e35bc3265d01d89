import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { LEADER_LEVEL_LABELS, LEADER_LEVELS, type StaffRow } from '@contract/people/schema';
import { call } from '../api';

interface Props {
  /** Passed by Form.Item so the label points at the input. */
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  placeholder?: string;
}

type Option = { value: number; label: string };

/**
 * A searchable picker over a short list fetched once (people, teams: tens, not thousands).
 * `find`, where given, asks the main side which options match what was typed, so a name is found
 * by its pinyin or initials (“zw” for 张伟) the way every search box finds it.
 */
function ListSelect({
  id,
  value,
  onChange,
  placeholder,
  load,
  find,
}: Props & { load(): Promise<Option[]>; find?(q: string): Promise<number[]> }) {
  const [options, setOptions] = useState<Option[]>([]);
  const [found, setFound] = useState<Set<number> | null>(null);
  const latest = useRef('');
  useEffect(() => {
    load()
      .then(setOptions)
      .catch(() => setOptions([]));
    // The loader is fixed per picker kind.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const search = (q: string) => {
    latest.current = q;
    if (!find || !q.trim()) return setFound(null);
    find(q)
      .then((ids) => latest.current === q && setFound(new Set(ids)))
      .catch(() => setFound(new Set()));
  };
  return (
    <Select
      id={id}
      showSearch={find ? { filterOption: false, onSearch: search } : true}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={placeholder}
      options={found ? options.filter((o) => found.has(o.value)) : options}
      optionFilterProp={find ? undefined : 'label'}
      onOpenChange={(open) => !open && setFound(null)}
      style={{ width: '100%' }}
    />
  );
}

const activeStaff = { active: { type: 'set', values: [true] } } as const;

/** 王主任（园区级·招商一分队）: whom a leader stands for, as the quotas and the ranking count them. */
export const staffLabel = (s: Pick<StaffRow, 'name' | 'leaderLevel' | 'teamName'>): string => {
  const about = [s.leaderLevel && LEADER_LEVEL_LABELS[s.leaderLevel], s.teamName].filter(Boolean);
  return about.length ? `${s.name}（${about.join('·')}）` : s.name;
};

/** Leaders first, 市级 before 县级 before 园区级, then everyone else; by name within each. */
const leaderRank = (s: StaffRow): number =>
  s.leaderLevel ? LEADER_LEVELS.indexOf(s.leaderLevel) : s.role === 'leader' ? LEADER_LEVELS.length : 99;

const loadStaff = (leadersFirst: boolean) => () =>
  call('staff.list', {
    limit: 500,
    sort: [{ col: 'name', dir: 'asc' }],
    filters: activeStaff,
  }).then((p) =>
    (leadersFirst ? [...p.rows].sort((a, b) => leaderRank(a) - leaderRank(b)) : p.rows).map((s) => ({
      value: s.id,
      label: staffLabel(s),
    })),
  );
const loadAnyone = loadStaff(false);
const loadLeaders = loadStaff(true);

const findStaff = (q: string) =>
  call('staff.list', { q, limit: 500, filters: activeStaff }).then((p) => p.rows.map((s) => s.id));

const loadTeams = () =>
  call('teams.list', { activeOnly: true }).then((rows) => rows.map((t) => ({ value: t.id, label: t.name })));

/**
 * Our side's people (active staff), searchable by name, pinyin, initials or mobile, each with
 * their level and team. `leaders` (带队领导, 接待领导) lists the leaders first.
 */
export function StaffSelect({
  placeholder = '选择人员',
  leaders = false,
  ...p
}: Props & { leaders?: boolean }) {
  return (
    <ListSelect {...p} placeholder={placeholder} load={leaders ? loadLeaders : loadAnyone} find={findStaff} />
  );
}

const findTeams = (q: string) =>
  call('teams.list', { activeOnly: true, q }).then((rows) => rows.map((t) => t.id));

/** Teams (招商分队、专班), searchable by name, pinyin or initials. */
export function TeamSelect({ placeholder = '选择团队', ...p }: Props) {
  return <ListSelect {...p} placeholder={placeholder} load={loadTeams} find={findTeams} />;
}
