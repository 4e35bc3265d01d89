import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditAction } from '@contract/audit/schema';

const COLORS: Record<AuditAction, string> = { create: 'green', update: 'blue', delete: 'red' };

export function ActionTag({ action }: { action: AuditAction }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[action]} style={{ marginInlineEnd: 0 }}>
      {t(`history.actions.${action}`)}
    </Tag>
  );
}
