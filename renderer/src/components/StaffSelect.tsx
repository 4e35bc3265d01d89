import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../api';

interface Props {
  /** Passed by Form.Item so the label points at the input. */
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  placeholder?: string;
}

type Option = { value: number; label: string };

/** A searchable picker over a short list fetched once (people, teams: tens, not thousands). */
function ListSelect({ id, value, onChange, placeholder, load }: Props & { load(): Promise<Option[]> }) {
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    load()
      .then(setOptions)
      .catch(() => setOptions([]));
    // The loader is fixed per picker kind.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={placeholder}
      options={options}
      optionFilterProp="label"
      style={{ width: '100%' }}
    />
  );
}

const loadStaff = () =>
  call('staff.list', {
    limit: 500,
    sort: [{ col: 'name', dir: 'asc' }],
    filters: { active: { type: 'set', values: [true] } },
  }).then((p) =>
    p.rows.map((s) => ({ value: s.id, label: s.teamName ? `${s.name}（${s.teamName}）` : s.name })),
  );

const loadTeams = () =>
  call('teams.list', { activeOnly: true }).then((rows) => rows.map((t) => ({ value: t.id, label: t.name })));

/** Our side's people (active staff), searchable by name. */
export function StaffSelect({ placeholder = '选择人员', ...p }: Props) {
  return <ListSelect {...p} placeholder={placeholder} load={loadStaff} />;
}

/** Teams (招商分队、专班), searchable by name. */
export function TeamSelect({ placeholder = '选择团队', ...p }: Props) {
  return <ListSelect {...p} placeholder={placeholder} load={loadTeams} />;
}
