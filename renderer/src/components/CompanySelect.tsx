import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { call } from '../api';

interface Option {
  value: number;
  label: string;
}

interface Props {
  /** Passed by Form.Item so the label points at the input. */
  id?: string;
  value?: number | null;
  onChange?: (v: number | null, name: string | null) => void;
  /** Name of the company already chosen, so it shows before any search. */
  initialLabel?: string | null;
  placeholder?: string;
  notFound?: string;
}

/**
 * Companies are tens of thousands: the picker asks the main side for 20 matches of what
 * was typed, a moment after typing stops, never for the whole list.
 */
export function CompanySelect({ id, value, onChange, initialLabel, placeholder, notFound }: Props) {
  const initial: Option[] = value && initialLabel ? [{ value, label: initialLabel }] : [];
  const [options, setOptions] = useState<Option[]>(initial);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef('');

  const search = (q: string) => {
    latest.current = q;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setLoading(true);
      call('companies.list', { q, limit: 20, sort: [{ col: 'name', dir: 'asc' }] })
        .then((page) => {
          // An older, slower answer must not replace the newer one.
          if (latest.current === q) setOptions(page.rows.map((c) => ({ value: c.id, label: c.name })));
        })
        .catch(() => setOptions([]))
        .finally(() => setLoading(false));
    }, 250);
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  // A value set from outside (a form being filled in) needs its name, not its number.
  const known = value == null || options.some((o) => o.value === value);
  useEffect(() => {
    if (known || value == null) return;
    let live = true;
    call('companies.get', { id: value })
      .then((c) => live && setOptions((o) => [{ value: c.id, label: c.name }, ...o]))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [known, value]);

  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: search }}
      allowClear
      value={value ?? undefined}
      options={options}
      loading={loading}
      placeholder={placeholder}
      notFoundContent={loading ? undefined : notFound}
      onFocus={() => options.length <= 1 && search('')}
      onChange={(v) => onChange?.(v ?? null, options.find((o) => o.value === v)?.label ?? null)}
      style={{ width: '100%' }}
    />
  );
}
