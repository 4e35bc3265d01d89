import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api';

interface Option {
  value: number;
  label: string;
}

/** The trips, newest first, by title and start date: a zone has at most a few dozen a year. */
export function TripSelect({
  value,
  onChange,
  placeholder,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  placeholder: string;
}) {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    call('trips.list', { limit: 500, sort: [{ col: 'startsOn', dir: 'desc' }] })
      .then((page) =>
        setOptions(page.rows.map((r) => ({ value: r.id, label: `${r.title}（${r.startsOn}）` }))),
      )
      .catch(() => setOptions([]))
      .finally(() => setLoading(false));
  }, []);
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      value={value ?? undefined}
      options={options}
      loading={loading}
      placeholder={placeholder}
      onChange={(v) => onChange(v ?? null)}
      style={{ width: '100%' }}
      aria-label={placeholder}
      data-testid="trip-select"
    />
  );
}
