import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FlaggedValue, PlanSummary } from '@contract/importers/schema';
import { rowList } from './rowList';

/**
 * Every value the import flagged, assumed or read as another word, row by row: the report of an
 * import says what it did not take exactly as written, so nothing changes without a word.
 */
export function FlagList({ summary }: { summary: PlanSummary }) {
  const { t } = useTranslation();
  const { flags, flagCount, assumedYear } = summary;
  return (
    <div data-testid="import-flags" style={{ textAlign: 'left' }}>
      <Typography.Title level={5}>{t('dataFiles.flagsTitle', { count: flagCount })}</Typography.Title>
      {assumedYear.rows.length > 0 && (
        <Typography.Paragraph type="warning">
          {t('dataFiles.yearAssumed', { ...assumedYear, rows: rowList(assumedYear.rows) })}
        </Typography.Paragraph>
      )}
      {flagCount > flags.length && (
        <Typography.Paragraph type="secondary">
          {t('dataFiles.flagsMore', { shown: flags.length })}
        </Typography.Paragraph>
      )}
      <Table<FlaggedValue>
        size="small"
        rowKey={(f) => `${f.row}|${f.message}`}
        dataSource={flags}
        locale={{ emptyText: t('dataFiles.flagsNone') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: t('dataFiles.row'), dataIndex: 'row', width: 72 },
          {
            title: '',
            dataIndex: 'level',
            width: 84,
            render: (level: FlaggedValue['level']) => (
              <Tag color={level === 'warning' ? 'orange' : 'blue'}>{t(`dataFiles.flagLevel.${level}`)}</Tag>
            ),
          },
          { title: t('dataFiles.problems'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
