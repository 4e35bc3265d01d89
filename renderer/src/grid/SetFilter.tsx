import { Checkbox } from 'antd';
import type { CustomFilterProps } from 'ag-grid-react';

export interface SetFilterParams {
  options: { value: string | number; label: string }[];
}

interface SetModel {
  filterType: 'set';
  values: (string | number)[];
}

/**
 * A checkbox-list filter for coded columns (stage, tier, status). The community grid has no
 * set filter; with the infinite row model the filtering itself happens in SQL, so this
 * component only edits the model the datasource receives.
 */
export function SetFilter(props: CustomFilterProps & SetFilterParams) {
  const model = props.model as SetModel | null;
  const selected = model?.values ?? [];
  return (
    <div style={{ padding: 10, display: 'flex', flexDirection: 'column', gap: 6, minWidth: 140 }}>
      <Checkbox.Group
        value={selected}
        onChange={(values) =>
          props.onModelChange(
            values.length ? { filterType: 'set', values: values as (string | number)[] } : null,
          )
        }
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        options={props.options}
      />
    </div>
  );
}
