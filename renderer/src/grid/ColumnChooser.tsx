import { SettingOutlined } from '@ant-design/icons';
import type { Column, GridApi } from 'ag-grid-community';
import { Button, Checkbox, Popover, Space } from 'antd';
import { useState } from 'react';

/** Show or hide columns; the community grid has no tool panel, and people want fewer columns. */
export function ColumnChooser<T>({ api }: { api: GridApi<T> | null }) {
  const [columns, setColumns] = useState<Column[]>([]);
  const refresh = () => setColumns(api?.getColumns()?.filter((c) => !c.getColDef().lockVisible) ?? []);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      onOpenChange={(open) => open && refresh()}
      content={
        <Space direction="vertical" size={4} style={{ maxHeight: 420, overflow: 'auto', minWidth: 180 }}>
          {columns.map((c) => (
            <Checkbox
              key={c.getColId()}
              checked={c.isVisible()}
              onChange={(e) => {
                api?.setColumnsVisible([c], e.target.checked);
                refresh();
              }}
            >
              {c.getColDef().headerName}
            </Checkbox>
          ))}
        </Space>
      }
    >
      <Button icon={<SettingOutlined />}>列</Button>
    </Popover>
  );
}
