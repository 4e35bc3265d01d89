import { CommentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space, Tabs, Typography } from 'antd';
import { FormDrawer } from '../../components/forms/FormContainers';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionDetail } from '@contract/interactions/schema';
import type { ProjectRow } from '@contract/projects/schema';
import type { ProjectStage } from '@contract/projects/pipelineStages';
import { call, errorMessage } from '../../api';
import { AttachmentsPanel } from '../../components/attachments/AttachmentsPanel';
import { HistoryPanel } from '../../components/HistoryPanel';
import { StageTag } from '../../components/StageTag';
import type { RecordDrawerProps } from '../../grid/RecordGridPage';
import { formatDateZh } from '../../format/date';
import { ArrivalsPanel } from './detail/ArrivalsPanel';
import { CollisionWarning } from './collisions/CollisionWarning';
import { ProjectForm } from './detail/ProjectForm';
import { ProjectOverview } from './detail/ProjectOverview';
import { ProjectTimeline } from './detail/ProjectTimeline';
import { useCompany } from './detail/useCompany';
import { usePeople } from './usePeople';
import { useStageChange } from './useStageChange';
import type { I18nKeyUnder } from '../../i18n/keys';
import './projects.css';

/** A new project stays open after saving, so it takes no onSaved: every change is onChanged. */
export type ProjectDrawerProps = Pick<RecordDrawerProps, 'target' | 'onClose' | 'onChanged'>;

type Tab = 'overview' | 'form' | 'timeline' | 'arrivals' | 'attachments' | 'history';

/**
 * The whole project in one wide drawer: overview with the stage control and speed figures,
 * every field, the timeline with a quick meeting log, and the money that arrived. A new
 * project stays open after saving, so the first meeting can be logged right away.
 */
export function ProjectDrawer({ target: projectId, onClose, onChanged }: ProjectDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [id, setId] = useState<number | null>(typeof projectId === 'number' ? projectId : null);
  const [project, setProject] = useState<ProjectRow | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>(projectId === 'new' ? 'form' : 'overview');
  const [meetingOpen, setMeetingOpen] = useState(false);
  const people = usePeople();
  const company = useCompany(project?.companyId ?? null);
  const stageChange = useStageChange();
  const d = (k: I18nKeyUnder<'projects.detail'>, o: Record<string, unknown> = {}) =>
    t(`projects.detail.${k}`, o);

  // A different project handed in (without a remount): start over with it.
  const [shown, setShown] = useState(projectId);
  if (shown !== projectId) {
    setShown(projectId);
    setId(typeof projectId === 'number' ? projectId : null);
    setProject(null);
    setTab(projectId === 'new' ? 'form' : 'overview');
  }

  useEffect(() => {
    if (id === null) return;
    let live = true;
    call('projects.get', { id })
      .then((row) => {
        if (!live) return;
        setProject(row);
        setLoadError(null);
      })
      .catch(
        (e: unknown) => live && setLoadError(t('projects.detail.loadFailed', { message: errorMessage(e) })),
      );
    return () => {
      live = false;
    };
  }, [id, t]);

  /** Reads the project again after a change made elsewhere (a meeting, money arriving). */
  const reload = async (): Promise<ProjectRow | null> => {
    if (id === null) return null;
    try {
      const row = await call('projects.get', { id });
      setProject(row);
      return row;
    } catch (e) {
      message.error(errorMessage(e));
      return null;
    }
  };

  const changed = (row: ProjectRow) => {
    setProject(row);
    onChanged();
  };

  const pickStage = async (to: ProjectStage) => {
    if (!project) return;
    const row = await stageChange.ask(project, to);
    if (row) changed(row);
  };

  const meetingSaved = async (i: InteractionDetail) => {
    const before = project?.nextFollowUpOn ?? null;
    const row = await reload();
    onChanged();
    const after = row?.nextFollowUpOn ?? null;
    message.success(
      i.nextStepOn && after !== before && after === i.nextStepOn
        ? d('interaction.followUpSet', { date: formatDateZh(after) })
        : d('interaction.saved'),
    );
  };

  const remove = async () => {
    if (!project) return;
    try {
      await call('projects.delete', { id: project.id });
      message.success(t('common.deleted'));
      onChanged();
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const creating = projectId === 'new' && id === null;
  const title = creating ? (
    d('newTitle')
  ) : project ? (
    <div className="project-drawer-title">
      <Space size={8} wrap>
        <span className="project-drawer-name">{project.name}</span>
        <StageTag stage={project.stage} />
      </Space>
      <Typography.Text type="secondary" className="project-drawer-meta">
        {[project.companyName, project.ownerName && d('headerOwner', { name: project.ownerName })]
          .filter(Boolean)
          .join(' · ')}
        {project.nextFollowUpOn && (
          <span data-testid="drawer-follow-up">
            {' · '}
            {d('headerFollowUp', { date: formatDateZh(project.nextFollowUpOn) })}
          </span>
        )}
      </Typography.Text>
    </div>
  ) : (
    t('common.loading')
  );

  return (
    <>
      <FormDrawer
        open={projectId !== null}
        onClose={onClose}
        size={1040}
        title={title}
        rootClassName="project-drawer"
        destroyOnHidden
        extra={
          project && (
            <Space>
              <Button
                icon={<CommentOutlined />}
                onClick={() => {
                  setTab('timeline');
                  setMeetingOpen(true);
                }}
              >
                {d('interaction.add')}
              </Button>
              <Popconfirm title={d('deleteConfirm', { name: project.name })} onConfirm={() => void remove()}>
                <Button danger>{t('common.delete')}</Button>
              </Popconfirm>
            </Space>
          )
        }
      >
        {loadError && <Alert type="error" showIcon title={loadError} />}
        {creating && (
          <>
            <Alert type="info" showIcon title={d('createHint')} style={{ marginBottom: 8 }} />
            <ProjectForm
              project={null}
              people={people}
              onSaved={(row) => {
                setId(row.id);
                setTab('overview');
                changed(row);
              }}
            />
          </>
        )}
        {project && (
          <CollisionWarning
            projectId={project.id}
            version={project.updatedAt}
            onOpen={(p) => {
              setId(p.id);
              setProject(null);
              setTab('overview');
            }}
          />
        )}
        {project && (
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as Tab)}
            items={[
              {
                key: 'overview',
                label: d('tabs.overview'),
                children: (
                  <ProjectOverview
                    project={project}
                    company={company}
                    onPickStage={(s) => void pickStage(s)}
                  />
                ),
              },
              {
                key: 'form',
                label: d('tabs.form'),
                children: <ProjectForm project={project} people={people} onSaved={changed} />,
              },
              {
                key: 'timeline',
                label: d('tabs.timeline'),
                children: (
                  <ProjectTimeline
                    project={project}
                    contacts={company.contacts}
                    people={people}
                    formOpen={meetingOpen}
                    setFormOpen={setMeetingOpen}
                    onInteractionSaved={(i) => void meetingSaved(i)}
                  />
                ),
              },
              {
                key: 'arrivals',
                label: d('tabs.arrivals'),
                children: <ArrivalsPanel project={project} onChanged={() => void reload().then(onChanged)} />,
              },
              {
                key: 'attachments',
                label: t('attachments.title'),
                children: <AttachmentsPanel owner={{ kind: 'project', id: project.id }} />,
              },
              {
                key: 'history',
                label: t('history.panelTitle'),
                // Every change with its undo; the timeline above tells the same story in brief.
                children: (
                  <HistoryPanel
                    entity="project"
                    id={project.id}
                    onUndone={() => void reload().then(onChanged)}
                  />
                ),
              },
            ]}
          />
        )}
      </FormDrawer>
      {/* Outside the drawer, so Esc in the dialog closes only the dialog. */}
      {stageChange.modal}
    </>
  );
}
