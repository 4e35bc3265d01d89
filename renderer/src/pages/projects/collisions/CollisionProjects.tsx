import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CollisionProject } from '@contract/projects/collisionSchema';
import { StageTag } from '../../../components/StageTag';
import { formatDateZh } from '../../../format/date';

interface Props {
  projects: CollisionProject[];
  onOpen(p: CollisionProject): void;
  /** The project whose drawer shows the warning: named, not offered as a link to itself. */
  currentId?: number;
}

/** The projects of one 撞单, team by team: who follows what, how far, since when. */
export function CollisionProjects({ projects, onOpen, currentId }: Props) {
  const { t } = useTranslation();
  const c = (k: 'team' | 'project' | 'company' | 'stage' | 'owner' | 'updated') =>
    t(`projectsGrid.collisions.columns.${k}`);
  return (
    <Table<CollisionProject>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={projects}
      columns={[
        { title: c('team'), dataIndex: 'teamName', width: 150 },
        {
          title: c('project'),
          dataIndex: 'name',
          render: (name: string, p) =>
            p.id === currentId ? (
              name
            ) : (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(p)}>
                {name}
              </Button>
            ),
        },
        { title: c('company'), dataIndex: 'companyName' },
        { title: c('stage'), dataIndex: 'stage', width: 80, render: (_, p) => <StageTag stage={p.stage} /> },
        { title: c('owner'), dataIndex: 'ownerName', width: 90, render: (v: string | null) => v ?? '—' },
        {
          title: c('updated'),
          dataIndex: 'updatedAt',
          width: 120,
          render: (v: string) => formatDateZh(v.slice(0, 10)),
        },
      ]}
    />
  );
}
