import { Alert, Col, InputNumber, Radio, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  DuplicateMode,
  ErrorMode,
  OwnerChoice,
  PreviewResult,
  PreviewRow,
  RowAction,
  RowProblem,
} from '@contract/importers/schema';
import { DUPLICATE_MODES, ERROR_MODES } from '@contract/importers/schema';
import { NewOwners } from './NewOwners';
import { rowList } from './rowList';

export interface ImportOptions {
  onDuplicate: DuplicateMode;
  onError: ErrorMode;
  /** Chosen here; without it the main side takes the year from the file, else the setting. */
  defaultYear?: number;
  owners: OwnerChoice[];
}

interface Props {
  preview: PreviewResult | null;
  loading: boolean;
  options: ImportOptions;
  onOptions(options: ImportOptions): void;
}

export const ACTION_COLORS: Record<RowAction, string> = {
  create: 'green',
  update: 'blue',
  skip: 'default',
  error: 'red',
};

const TEXT_TYPES: Record<RowProblem['level'], 'danger' | 'warning' | 'secondary'> = {
  error: 'danger',
  warning: 'warning',
  info: 'secondary',
};

/** Step 4: what the import would do, the rules for duplicates and errors, and every problem row. */
export function PreviewStep({ preview, loading, options, onOptions }: Props) {
  const { t } = useTranslation();
  const related = preview
    ? (Object.entries(preview.related) as [keyof PreviewResult['related'], number][])
        .filter(([, n]) => n > 0)
        .map(([k, n]) => t(`dataFiles.relatedItems.${k}`, { n }))
    : [];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap size={24}>
        <Space>
          <Typography.Text strong>{t('dataFiles.onDuplicate')}</Typography.Text>
          <Radio.Group
            value={options.onDuplicate}
            onChange={(e) => onOptions({ ...options, onDuplicate: e.target.value as DuplicateMode })}
          >
            {DUPLICATE_MODES.map((m) => (
              <Radio key={m} value={m}>
                {t(`dataFiles.duplicate.${m}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Space>
        <Space>
          <Typography.Text strong>{t('dataFiles.onError')}</Typography.Text>
          <Radio.Group
            value={options.onError}
            onChange={(e) => onOptions({ ...options, onError: e.target.value as ErrorMode })}
          >
            {ERROR_MODES.map((m) => (
              <Radio key={m} value={m}>
                {t(`dataFiles.errorMode.${m}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Space>
        <Space>
          <Typography.Text>{t('dataFiles.defaultYear')}</Typography.Text>
          <InputNumber
            min={2000}
            max={2100}
            value={options.defaultYear ?? preview?.assumedYear.year ?? null}
            placeholder={t('dataFiles.yearAuto')}
            onChange={(v) => onOptions({ ...options, defaultYear: v ?? undefined })}
            aria-label={t('dataFiles.defaultYear')}
          />
          <Typography.Text>{t('dataFiles.year')}</Typography.Text>
        </Space>
      </Space>
      {preview && (
        <>
          <Row gutter={16} data-testid="import-counts">
            <Col span={4}>
              <Statistic title={t('dataFiles.counts.total')} value={preview.total} />
            </Col>
            {(['create', 'update', 'skip', 'error', 'warning'] as const).map((k) => (
              <Col span={4} key={k}>
                <Statistic
                  title={t(`dataFiles.counts.${k}`)}
                  value={preview.counts[k]}
                  styles={
                    k === 'error' && preview.counts.error ? { content: { color: '#cf1322' } } : undefined
                  }
                />
              </Col>
            ))}
          </Row>
          {related.length > 0 && (
            <Typography.Text type="secondary">
              {t('dataFiles.related', { items: related.join('，') })}
            </Typography.Text>
          )}
          {preview.skippedRows.length > 0 && (
            <Typography.Text type="secondary">
              {t('dataFiles.skippedRows', {
                list: preview.skippedRows
                  .map((s) => t('dataFiles.skippedItem', { label: s.label, rows: rowList(s.rows) }))
                  .join('；'),
              })}
            </Typography.Text>
          )}
          {preview.blocked && (
            <Alert type="error" showIcon title={t('dataFiles.blocked', { count: preview.counts.error })} />
          )}
          {!preview.blocked && preview.counts.create + preview.counts.update === 0 && (
            <Alert type="warning" showIcon title={t('dataFiles.nothing')} />
          )}
          {preview.assumedYear.rows.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="import-year"
              title={t('dataFiles.yearAssumed', {
                ...preview.assumedYear,
                rows: rowList(preview.assumedYear.rows),
              })}
            />
          )}
          <NewOwners
            owners={preview.newOwners}
            onChoose={(c) =>
              onOptions({ ...options, owners: [...options.owners.filter((o) => o.name !== c.name), c] })
            }
          />
          <ProblemTable rows={preview.rows} loading={loading} />
        </>
      )}
    </Space>
  );
}

function ProblemTable({ rows, loading }: { rows: PreviewRow[]; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<PreviewRow>
      size="small"
      loading={loading}
      rowKey="row"
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ y: 380 }}
      data-testid="import-preview"
      columns={[
        { title: t('dataFiles.row'), dataIndex: 'row', width: 72 },
        {
          title: '',
          dataIndex: 'action',
          width: 72,
          render: (a: RowAction) => <Tag color={ACTION_COLORS[a]}>{t(`dataFiles.action.${a}`)}</Tag>,
        },
        {
          title: t('dataFiles.problems'),
          width: '42%',
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              {r.problems.map((p, i) => (
                <Typography.Text key={i} type={TEXT_TYPES[p.level]}>
                  {p.message}
                </Typography.Text>
              ))}
              {r.note && <Typography.Text type="secondary">{r.note}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: t('dataFiles.samples'),
          ellipsis: true,
          render: (_, r) => r.cells.filter(Boolean).slice(0, 6).join(' ｜ '),
        },
      ]}
    />
  );
}
