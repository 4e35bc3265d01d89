import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collision, CollisionProject } from '@contract/projects/collisionSchema';
import { call } from '../../../api';
import { CollisionProjects } from './CollisionProjects';

interface Props {
  projectId: number;
  /** Bumped when the project is saved (its team or company may have changed). */
  version: unknown;
  onOpen(p: CollisionProject): void;
}

/** A warning at the top of a project another team also works on (撞单), naming the other teams. */
export function CollisionWarning({ projectId, version, onOpen }: Props) {
  const { t } = useTranslation();
  const [collision, setCollision] = useState<Collision | null>(null);

  useEffect(() => {
    let live = true;
    call('projects.collisions', { projectId })
      .then((got) => live && setCollision(got.collisions[0] ?? null))
      // Only a hint on the project: the 撞单 list in the toolbar says what failed.
      .catch(() => live && setCollision(null));
    return () => {
      live = false;
    };
  }, [projectId, version]);

  if (!collision) return null;
  const mine = collision.projects.find((p) => p.id === projectId);
  const others = [
    ...new Set(collision.projects.filter((p) => p.teamId !== mine?.teamId).map((p) => p.teamName)),
  ];
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="collision-warning"
      style={{ marginBottom: 12 }}
      title={t('projectsGrid.collisions.warning', {
        teams: others.join('、'),
        company: collision.companyName,
      })}
      description={<CollisionProjects projects={collision.projects} onOpen={onOpen} currentId={projectId} />}
    />
  );
}
