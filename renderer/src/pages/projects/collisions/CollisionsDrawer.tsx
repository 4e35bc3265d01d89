import { Alert, App, Card, Drawer, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollisionProject } from '@contract/projects/collisionSchema';
import { FigureSourceNote, FigureSourceSwitch, useOfficeSwitch } from '../../../office/FigureSourceSwitch';
import type { FigureSource } from '../../../office/figureSource';
import { useFigures } from '../../../office/useFigures';
import { navigate } from '../../../router';
import { CollisionProjects } from './CollisionProjects';

/** 撞单: each firm with the projects of every team on it, the most recently active first. */
export function CollisionsDrawer({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // A 小分队 laptop sees the 撞单 among the rows it holds; the office server sees every team's.
  const offered = useOfficeSwitch();
  const [asked, setSource] = useState<FigureSource>('local');
  const source = offered ? asked : 'local';
  const state = useFigures('projects.collisions', {}, source);
  const list = state.loading ? null : state.data;

  const open = (p: CollisionProject) => {
    // The office's list names the server's projects: this laptop may not hold them, or not by these ids.
    if (source === 'office') return void message.info(t('officeFigures.noDrill'));
    onClose();
    navigate('/projects', { open: String(p.id) });
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={860}
      title={t('projectsGrid.collisions.title')}
      extra={offered && <FigureSourceSwitch value={source} onChange={setSource} />}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('projectsGrid.collisions.explain')} style={{ marginBottom: 12 }} />
      {source === 'office' && (
        <div className="figure-source-line">
          <FigureSourceNote office={state.office} loading={state.loading} />
        </div>
      )}
      {state.error && (
        <Alert
          type="warning"
          showIcon
          title={state.error}
          style={{ marginBottom: 12 }}
          data-testid="collisions-error"
        />
      )}
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
