import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../api';

interface Props {
  value?: number | null;
  onChange?: (v: number | null) => void;
  placeholder?: string;
  multiple?: boolean;
}

/** Our side's people (active staff), searchable by name. */
export function StaffSelect({ value, onChange, placeholder = '选择人员' }: Props) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  useEffect(() => {
    call('staff.list', {
      limit: 500,
      sort: [{ col: 'name', dir: 'asc' }],
      filters: { active: { type: 'set', values: [true] } },
    })
      .then((p) =>
        setOptions(
          p.rows.map((s) => ({ value: s.id, label: s.teamName ? `${s.name}（${s.teamName}）` : s.name })),
        ),
      )
      .catch(() => setOptions([]));
  }, []);
  return (
    <Select
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

/** Teams (招商分队、专班), searchable by name. */
export function TeamSelect({ value, onChange, placeholder = '选择团队' }: Props) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  useEffect(() => {
    call('teams.list', { activeOnly: true })
      .then((rows) => setOptions(rows.map((t) => ({ value: t.id, label: t.name }))))
      .catch(() => setOptions([]));
  }, []);
  return (
    <Select
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
