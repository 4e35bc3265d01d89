import { CloudServerOutlined, DesktopOutlined, WarningOutlined } from '@ant-design/icons';
import { Segmented, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../hooks/useQuery';
import { fetchedTime } from './figureSource';
import type { FigureSource, OfficeMeta } from './useFigures';

/**
 * Whether this laptop offers 「本机数据 | 全办公室」: linked to an office server under a 小分队
 * account. A 局领导/办公室 laptop receives every row of the office, so its own figures already are
 * the office's (after a sync) and its drill-downs open them: it needs no second view.
 */
export function useOfficeSwitch(): boolean {
  const status = useQuery('syncServer.status', {}).data;
  return !!status?.configured && status.account?.role === 'team';
}

interface SwitchProps {
  value: FigureSource;
  onChange(source: FigureSource): void;
}

/** 「本机数据 | 全办公室」. */
export function FigureSourceSwitch({ value, onChange }: SwitchProps) {
  const { t } = useTranslation();
  return (
    <Segmented<FigureSource>
      size="small"
      value={value}
      onChange={onChange}
      aria-label={t('officeFigures.label')}
      data-testid="figure-source"
      options={[
        {
          value: 'local',
          label: <Tooltip title={t('officeFigures.localHint')}>{t('officeFigures.local')}</Tooltip>,
          icon: <DesktopOutlined />,
        },
        {
          value: 'office',
          label: <Tooltip title={t('officeFigures.officeHint')}>{t('officeFigures.office')}</Tooltip>,
          icon: <CloudServerOutlined />,
        },
      ]}
    />
  );
}

interface NoteProps {
  /** The office figures' freshness, once an answer is shown. */
  office: OfficeMeta | null;
  loading?: boolean;
}

/** For 全办公室: when the figures shown came from the server, or why older ones are shown. */
export function FigureSourceNote({ office, loading }: NoteProps) {
  const { t } = useTranslation();
  const time = office ? fetchedTime(office.fetchedAt) : '';
  return (
    <Typography.Text
      type={office?.stale ? 'warning' : 'secondary'}
      className="figure-source-note"
      data-testid="figure-source-note"
    >
      {loading && !office ? (
        t('officeFigures.loading')
      ) : office?.stale ? (
        <Tooltip title={office.staleDetail}>
          <WarningOutlined /> {t(`officeFigures.${office.stale}`, { time })}
        </Tooltip>
      ) : office ? (
        t('officeFigures.fetched', { time })
      ) : null}
    </Typography.Text>
  );
}
