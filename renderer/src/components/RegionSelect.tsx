import { Select } from 'antd';
import { useMemo } from 'react';
import { allRegions, regionPath } from '@contract/shared/regions';
// Full pinyin and initials of every division, made ahead by scripts/build-region-pinyin.mjs:
// the picker needs them for 3,230 names, and the pinyin dictionary would weigh more than them.
import regionPinyin from '../../../resources/geo/region-pinyin.json';

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
    const spoken = (regionPinyin as Record<string, string>)[r.adcode] ?? '';
    return { value: r.adcode, label: path, search: `${path} ${spoken} ${r.adcode}`.toLowerCase() };
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
