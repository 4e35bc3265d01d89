import { Alert, App, Card, Drawer, Empty, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollisionList, CollisionProject } from '@contract/projects/collisionSchema';
import { call, errorMessage } from '../../../api';
import { navigate } from '../../../router';
import { CollisionProjects } from './CollisionProjects';

/** 撞单: each firm with the projects of every team on it, the most recently active first. */
export function CollisionsDrawer({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [list, setList] = useState<CollisionList | null>(null);

  useEffect(() => {
    call('projects.collisions', {})
      .then(setList)
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [message]);

  const open = (p: CollisionProject) => {
    onClose();
    navigate('/projects', { open: String(p.id) });
  };

  return (
    <Drawer open onClose={onClose} size={860} title={t('projectsGrid.collisions.title')} destroyOnHidden>
      <Alert type="info" showIcon title={t('projectsGrid.collisions.explain')} style={{ marginBottom: 12 }} />
      {list && list.total === 0 && <Empty description={t('projectsGrid.collisions.none')} />}
      {list && list.total > list.collisions.length && (
        <Typography.Paragraph type="secondary">
          {t('projectsGrid.collisions.more', { shown: list.collisions.length, total: list.total })}
        </Typography.Paragraph>
      )}
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        {list?.collisions.map((c) => (
          <Card
            key={c.projects.map((p) => p.id).join('-')}
            size="small"
            title={
              <Space>
                <span>{c.companyName}</span>
                {c.via === 'name' && <Tag color="orange">{t('projectsGrid.collisions.viaName')}</Tag>}
              </Space>
            }
            data-testid="collision"
          >
            <CollisionProjects projects={c.projects} onOpen={open} />
          </Card>
        ))}
      </Space>
    </Drawer>
  );
}
