import { Checkbox, DatePicker, Form, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { mondayOf, PRINT_DOC_KINDS } from '@contract/print/routes';
import { todayLocal } from '@contract/shared/time';
import { CompanySelect } from '../../components/CompanySelect';
import { yearOptions } from '../trips/period';
import { FigureSourceNote, FigureSourceSwitch } from '../../office/FigureSourceSwitch';
import type { OfficeMeta } from '../../office/useFigures';
import { officeKinds, type ReportChoice } from './reportParams';
import { TripSelect } from './TripSelect';
import type { I18nKeyUnder } from '../../i18n/keys';

interface Props {
  choice: ReportChoice;
  onChange: (c: ReportChoice) => void;
  /** The chosen company's name once its brief is read, so the picker shows it. */
  companyName: string | null;
  /** Whether 「本机数据 | 全办公室」 is offered (a 小分队 laptop linked to the office server). */
  officeOffered: boolean;
  /** The freshness of the office figures previewed, once read. */
  office: OfficeMeta | null;
}

/** Which document, and for which company, trip, week or year. */
export function ReportPicker({ choice, onChange, companyName, officeOffered, office }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ReportChoice>) => onChange({ ...choice, ...patch });
  const p = (k: I18nKeyUnder<'reports.params'>) => t(`reports.params.${k}`);
  const today = todayLocal();
  return (
    <Form layout="vertical" className="reports-picker">
      <Form.Item label={t('reports.choose')}>
        <Radio.Group
          value={choice.kind}
          onChange={(e) => set({ kind: e.target.value as ReportChoice['kind'], id: null })}
          className="reports-kinds"
        >
          {PRINT_DOC_KINDS.map((k) => (
            <Radio key={k} value={k} className="reports-kind">
              <div className="reports-kind-name">{t(`reports.docs.${k}`)}</div>
              <Typography.Text type="secondary" className="reports-kind-hint">
                {t(`reports.hints.${k}`)}
              </Typography.Text>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {choice.kind === 'company' && (
        <Form.Item label={p('company')}>
          <CompanySelect
            key={`${choice.id ?? ''}-${companyName ?? ''}`}
            value={choice.id}
            initialLabel={companyName}
            onChange={(id) => set({ id })}
            placeholder={p('companyPlaceholder')}
            notFound={p('noCompany')}
          />
        </Form.Item>
      )}
      {choice.kind === 'trip' && (
        <Form.Item label={p('trip')}>
          <TripSelect value={choice.id} onChange={(id) => set({ id })} placeholder={p('tripPlaceholder')} />
        </Form.Item>
      )}
      {choice.kind === 'weekly' && (
        <Form.Item label={p('week')}>
          <DatePicker
            picker="week"
            value={dayjs(choice.from)}
            allowClear={false}
            // A week not yet begun has nothing to report.
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            onChange={(d) => d && set({ from: mondayOf(d.format('YYYY-MM-DD')) })}
            style={{ width: '100%' }}
            aria-label={p('week')}
          />
        </Form.Item>
      )}
      {choice.kind === 'targets' && (
        <Form.Item label={p('year')}>
          <Select
            value={choice.year}
            options={yearOptions()}
            onChange={(year) => set({ year })}
            aria-label={p('year')}
          />
        </Form.Item>
      )}
      {officeOffered && officeKinds.includes(choice.kind) && (
        <Form.Item label={t('officeFigures.label')}>
          <FigureSourceSwitch value={choice.source} onChange={(source) => set({ source })} />
          {choice.source === 'office' && office && (
            <div className="figure-source-line">
              <FigureSourceNote office={office} />
            </div>
          )}
        </Form.Item>
      )}
      <Form.Item>
        <Checkbox checked={choice.watermark} onChange={(e) => set({ watermark: e.target.checked })}>
          {p('watermark')}
        </Checkbox>
      </Form.Item>
    </Form>
  );
}
