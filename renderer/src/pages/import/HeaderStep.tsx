import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnLetter } from '@contract/importers/files/columnLetter';
import type { InspectResult } from '@contract/importers/schema';
import { UNIT_LABELS } from './units';

interface Props {
  inspect: InspectResult;
  onHeaderRow(row: number): void;
}

/** Step 2: the first rows of the sheet; a click on a row makes it the header. */
export function HeaderStep({ inspect, onHeaderRow }: Props) {
  const { t } = useTranslation();
  const width = Math.max(...inspect.topRows.map((r) => r.cells.length), 1);
  const columns = [
    {
      title: '',
      dataIndex: 'row',
      width: 56,
      fixed: 'left' as const,
      render: (row: number) => <Typography.Text type="secondary">{row}</Typography.Text>,
    },
    ...Array.from({ length: width }, (_, c) => ({
      title: columnLetter(c),
      key: String(c),
      ellipsis: true,
      width: 140,
      render: (_: unknown, r: { cells: string[] }) => r.cells[c],
    })),
  ];
  const rowClass = (r: { row: number }): string => {
    if (r.row === inspect.headerRow + 1) return 'import-header-row';
    if (r.row > inspect.dataStart) return 'import-data-row';
    return 'import-skipped-row';
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={t('dataFiles.headerHelp')}
        description={
          <Space wrap>
            <span>
              {t('dataFiles.detected')}：{t('dataFiles.headerRow', { row: inspect.detectedHeaderRow + 1 })}
            </span>
            {inspect.title && <Tag>{inspect.title}</Tag>}
            {inspect.unitHint && (
              <Tag color="blue">{t('dataFiles.unitHint', { unit: UNIT_LABELS[inspect.unitHint] })}</Tag>
            )}
          </Space>
        }
      />
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content', y: 420 }}
        rowKey="row"
        dataSource={inspect.topRows}
        columns={columns}
        rowClassName={rowClass}
        onRow={(r) => ({ onClick: () => onHeaderRow(r.row - 1), style: { cursor: 'pointer' } })}
        data-testid="import-header-table"
      />
    </Space>
  );
}
