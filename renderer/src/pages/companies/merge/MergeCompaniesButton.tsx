import { MergeCellsOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MergeCompaniesModal } from './MergeCompaniesModal';
import { useMergedToast } from './useMergedToast';
import './merge.css';

interface Props {
  /** Rows ticked in the grid: two of them start the comparison. */
  selected: { id: number; name: string }[];
  onMerged(): void;
}

/** 合并企业 in the companies toolbar; after a merge, a toast offers to undo it. */
export function MergeCompaniesButton({ selected, onMerged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { busy, announcePair } = useMergedToast(onMerged);

  return (
    <>
      <Tooltip title={t('companyMerge.buttonHint')}>
        <Button icon={<MergeCellsOutlined />} onClick={() => setOpen(true)} loading={busy}>
          {t('companyMerge.button')}
        </Button>
      </Tooltip>
      {open && (
        <MergeCompaniesModal
          initial={selected.slice(0, 2)}
          onClose={() => setOpen(false)}
          onMerged={(result, keep, drop) => {
            setOpen(false);
            onMerged();
            announcePair(result, keep, drop);
          }}
        />
      )}
    </>
  );
}
