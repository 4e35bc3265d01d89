import { Select } from 'antd';
import { pinyin } from 'pinyin-pro';
import { useMemo } from 'react';
import { allRegions, regionPath } from '../../../main/domain/shared/regions';

interface Option {
  value: number;
  label: string;
  /** Name, full pinyin and initials: people type 杭州, hangzhou or hz. */
  search: string;
}

let options: Option[] | null = null;
function regionOptions(): Option[] {
  options ??= allRegions().map((r) => {
    const path = regionPath(r.adcode);
    const full = pinyin(r.name, { toneType: 'none', type: 'array' }).join('');
    const initials = pinyin(r.name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    return { value: r.adcode, label: path, search: `${path} ${full} ${initials} ${r.adcode}`.toLowerCase() };
  });
  return options;
}

/** '浙江省 杭州市' for a code, '' when unknown or empty. */
export const regionLabel = (code: number | null): string => (code ? regionPath(code) || String(code) : '');

interface Props {
  /** Passed by Form.Item so the label points at the input. */
  id?: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  placeholder?: string;
}

export function RegionSelect({ id, value, onChange, placeholder = '输入地名或拼音，如 杭州 / hz' }: Props) {
  const opts = useMemo(() => regionOptions(), []);
  return (
    <Select<number>
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={placeholder}
      options={opts}
      filterOption={(input, option) => (option?.search ?? '').includes(input.trim().toLowerCase())}
      virtual
      listHeight={320}
    />
  );
}
