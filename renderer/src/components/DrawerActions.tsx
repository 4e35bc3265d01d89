import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Delete (asks once) and save, the same in every edit drawer. */
export function DrawerActions({
  deleteConfirm,
  saving,
  onSave,
  onDelete,
}: {
  /** Question to confirm deletion; no delete button when absent (e.g. creating). */
  deleteConfirm?: string;
  saving: boolean;
  onSave(): void;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  return (
    <Space>
      {deleteConfirm && (
        <Popconfirm title={deleteConfirm} onConfirm={onDelete}>
          <Button danger>{t('common.delete')}</Button>
        </Popconfirm>
      )}
      <Button type="primary" loading={saving} onClick={onSave}>
        {t('common.save')}
      </Button>
    </Space>
  );
}
