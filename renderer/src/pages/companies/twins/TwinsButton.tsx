import { CopyOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { TwinsDrawer } from './TwinsDrawer';

interface Props {
  /** Bumped by the page whenever companies change, so the count follows. */
  version: number;
  onChanged(): void;
}

/** 疑似重复（N） in the companies toolbar, opening the list of likely duplicate pairs. */
export function TwinsButton({ version, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    call('companyMerge.twins', {})
      .then((got) => live && setCount(got.total))
      // The count is a hint: without it the button still opens the list, which says what failed.
      .catch(() => live && setCount(null));
    return () => {
      live = false;
    };
  }, [version]);

  return (
    <>
      <Tooltip title={t('companyTwins.buttonHint')}>
        <Button icon={<CopyOutlined />} onClick={() => setOpen(true)}>
          {t('companyTwins.button', { count: count ?? 0 })}
        </Button>
      </Tooltip>
      {open && <TwinsDrawer onClose={() => setOpen(false)} onChanged={onChanged} />}
    </>
  );
}
