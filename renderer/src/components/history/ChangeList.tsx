import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@contract/audit/schema';
import { usePrefs } from '../../prefs';
import { fieldChanges } from './changes';

interface Props {
  entry: AuditEntryView;
  /** Show at most this many fields, then "等 N 项" (the global list stays one line per change). */
  max?: number;
}

/** What one audit entry changed: 字段：旧值 → 新值, with Chinese field labels where known. */
export function ChangeList({ entry, max }: Props) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const changes = fieldChanges(t, entry, moneyUnit);
  const shown = max === undefined ? changes : changes.slice(0, max);
  if (changes.length === 0) {
    return (
      <Typography.Text type="secondary">
        {t(entry.action === 'delete' ? 'history.deleted' : 'history.created')}
      </Typography.Text>
    );
  }
  return (
    <div style={{ marginTop: 4, lineHeight: 1.8 }}>
      {shown.map((c) => (
        <div key={c.field} style={{ wordBreak: 'break-all' }}>
          <Typography.Text type="secondary">{c.label}：</Typography.Text>
          {entry.action === 'update' ? (
            <>
              <Typography.Text delete={c.before !== t('history.blank')} type="secondary">
                {c.before}
              </Typography.Text>
              <Typography.Text type="secondary"> → </Typography.Text>
              <Typography.Text>{c.after}</Typography.Text>
            </>
          ) : (
            <Typography.Text delete={entry.action === 'delete'}>{c.after || c.before}</Typography.Text>
          )}
        </div>
      ))}
      {shown.length < changes.length && (
        <Typography.Text type="secondary">
          {t('history.moreFields', { count: changes.length - shown.length })}
        </Typography.Text>
      )}
    </div>
  );
}
