import { TeamOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { CollisionsDrawer } from './CollisionsDrawer';

/** 撞单（N） in the projects toolbar: firms two or more teams work on, for the office to decide. */
export function CollisionsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    if (open) return;
    let live = true;
    call('projects.collisions', {})
      .then((got) => live && setCount(got.total))
      // The count is a hint: without it the button still opens the list, which says what failed.
      .catch(() => live && setCount(null));
    return () => {
      live = false;
    };
  }, [open]);

  return (
    <>
      <Tooltip title={t('projectsGrid.collisions.hint')}>
        <Badge count={count ?? 0} size="small" offset={[-4, 2]}>
          <Button icon={<TeamOutlined />} onClick={() => setOpen(true)} data-testid="collisions-button">
            {t('projectsGrid.collisions.button')}
          </Button>
        </Badge>
      </Tooltip>
      {open && <CollisionsDrawer onClose={() => setOpen(false)} />}
    </>
  );
}
