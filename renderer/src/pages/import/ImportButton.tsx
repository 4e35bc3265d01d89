import { ImportOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '@contract/importers/fields';
import { navigate } from '../../router';

/** 从Excel导入 in a grid's toolbar: opens the import with this grid's object chosen. Icon-sized, as toolbars are full. */
export function ImportButton({ target }: { target: ImportTarget }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('dataFiles.fromExcel')}>
      <Button
        icon={<ImportOutlined />}
        aria-label={t('dataFiles.fromExcel')}
        onClick={() => navigate('/import', { target })}
      />
    </Tooltip>
  );
}
