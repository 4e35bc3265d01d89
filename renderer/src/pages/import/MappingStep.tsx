import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, InspectResult } from '@contract/importers/schema';
import { AMOUNT_UNITS } from '@contract/importers/schema';
import { columnLetter } from '@contract/importers/files/columnLetter';
import { UNIT_LABELS } from './units';

interface Props {
  inspect: InspectResult;
  mapping: ColumnMapping[];
  onMapping(mapping: ColumnMapping[]): void;
}

/** Fields that must have a column before the preview can run. */
export function missingRequired(inspect: InspectResult, mapping: ColumnMapping[]): string[] {
  return inspect.fields
    .filter((f) => f.required && !mapping.some((m) => m.field === f.key))
    .map((f) => f.label);
}

/** Step 3: a field for each column, suggested from its header; amounts get their unit. */
export function MappingStep({ inspect, mapping, onMapping }: Props) {
  const { t } = useTranslation();
  const samples = inspect.topRows.filter((r) => r.row > inspect.dataStart).slice(0, 3);
  const kindOf = (field: string | null) => inspect.fields.find((f) => f.key === field)?.kind;
  const set = (column: number, patch: Partial<ColumnMapping>): void =>
    onMapping(
      mapping.map((m) => {
        if (m.column !== column) return m;
        const next = { ...m, ...patch };
        if (kindOf(next.field) !== 'amount') delete next.unit;
        else next.unit ??= inspect.unitHint ?? 'wan';
        return next;
      }),
    );
  // A field other than notes belongs to one column: choosing it elsewhere frees it here.
  const choose = (column: number, field: string | null): void => {
    const many = kindOf(field) === 'note';
    const freed = mapping.map((m) =>
      !many && field && m.field === field && m.column !== column ? { column: m.column, field: null } : m,
    );
    onMapping(freed);
    set(column, { field });
  };
  const missing = missingRequired(inspect, mapping);
  const options = [
    { value: '', label: t('dataFiles.notImported') },
    ...inspect.fields.map((f) => ({
      value: f.key,
      label: f.required ? `${f.label}（${t('dataFiles.required')}）` : f.label,
    })),
  ];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('dataFiles.mappingHelp')} />
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('dataFiles.missingRequired', { fields: missing.join('”“') })}
        />
      )}
      <Table
        size="small"
        pagination={false}
        rowKey="column"
        scroll={{ y: 460 }}
        dataSource={mapping}
        data-testid="import-mapping"
        columns={[
          {
            title: t('dataFiles.column'),
            width: 240,
            render: (_, m) => (
              <Space>
                <Typography.Text type="secondary">{columnLetter(m.column)}</Typography.Text>
                <Typography.Text strong>{inspect.headers[m.column] || '—'}</Typography.Text>
                {inspect.suggestions[m.column]?.field && inspect.suggestions[m.column]?.field === m.field && (
                  <Tag color="green">{t('dataFiles.suggested')}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('dataFiles.samples'),
            ellipsis: true,
            render: (_, m) => (
              <Typography.Text type="secondary" ellipsis>
                {samples
                  .map((r) => r.cells[m.column])
                  .filter(Boolean)
                  .join('；')}
              </Typography.Text>
            ),
          },
          {
            title: t('dataFiles.field'),
            width: 220,
            render: (_, m) => (
              <Select
                value={m.field ?? ''}
                style={{ width: '100%' }}
                showSearch
                optionFilterProp="label"
                options={options}
                aria-label={`${inspect.headers[m.column] ?? columnLetter(m.column)} ${t('dataFiles.field')}`}
                onChange={(v: string) => choose(m.column, v === '' ? null : v)}
              />
            ),
          },
          {
            title: t('dataFiles.unit'),
            width: 110,
            render: (_, m) =>
              kindOf(m.field) === 'amount' ? (
                <Select
                  value={m.unit ?? 'wan'}
                  style={{ width: 96 }}
                  options={AMOUNT_UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))}
                  onChange={(unit) => set(m.column, { unit })}
                />
              ) : null,
          },
        ]}
      />
    </Space>
  );
}
