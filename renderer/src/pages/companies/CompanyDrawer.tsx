import { App, Space, Tabs, Tag, type TabsProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company, CompanyCreate } from '@contract/companies/schema';
import type { CompanyStory } from '@contract/companyStory/schema';
import { call } from '../../api';
import { DrawerActions } from '../../components/DrawerActions';
import { FormDrawer } from '../../components/forms/FormContainers';
import { HistoryPanel } from '../../components/HistoryPanel';
import { useRecordForm } from '../../hooks/useRecordForm';
import { PrintBriefButton } from '../reports/PrintBriefButton';
import { RaiseIssueButton } from '../serviceIssues/RaiseIssueButton';
import { CompanyForm, type CompanyFormValues } from './CompanyForm';
import { CompanyFacts } from './story/CompanyFacts';
import { ContactsSection } from './story/ContactsSection';
import { OverviewSection } from './story/OverviewSection';
import { ProjectsSection } from './story/ProjectsSection';
import { asSection, type CompanySection } from './story/sections';
import { AttachmentsSection } from './story/AttachmentsSection';
import { useCompanyStory } from './story/useCompanyStory';
import { VisitsSection } from './story/VisitsSection';
import './story/story.css';

interface Props {
  /** null = closed; 'new' = create; a number = that company's page. */
  target: number | 'new' | null;
  /** The tab to open on (the grid's 项目数 opens 项目). */
  section?: CompanySection;
  onClose(): void;
  onSaved(company: Company | null): void;
  /** A contact or an issue added from the page: the grid's counts move. */
  onChanged?(): void;
}

/**
 * A company's whole story: its facts on top, then its latest meetings and open work, projects,
 * people, trips and delegations, the edit form and the change history, one tab each.
 * Creating a company shows the form alone.
 */
export function CompanyDrawer({ target, section, onClose, onSaved, onChanged }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [tab, setTab] = useState<CompanySection>(asSection(section));
  const { story, reload } = useCompanyStory(typeof target === 'number' ? target : null);
  const changed = () => {
    reload();
    onChanged?.();
  };

  const confirmDuplicates = async (name: string, exceptId?: number): Promise<boolean> => {
    const similar = await call('companies.similar', { name, exceptId });
    if (similar.length === 0) return true;
    return modal.confirm({
      title: t('companies.similarTitle'),
      content: (
        <div>
          <p>{t('companies.similarBody', { name })}</p>
          <ul>
            {similar.map((s) => (
              <li key={s.id}>
                {s.name} {s.creditCode ?? ''}
              </li>
            ))}
          </ul>
        </div>
      ),
      okText: t('companies.similarContinue'),
      cancelText: t('common.cancel'),
    });
  };

  const { form, current, saving, save, remove } = useRecordForm<Company, CompanyFormValues>({
    target,
    load: (id) => call('companies.get', { id }),
    // Warn about a likely duplicate only when the name is new or changed.
    confirm: (v, cur) =>
      cur && cur.name === v.name ? Promise.resolve(true) : confirmDuplicates(v.name, cur?.id),
    create: (v) => call('companies.create', v as CompanyCreate),
    update: (id, v) => call('companies.update', { id, patch: v as CompanyCreate }),
    remove: (id) => call('companies.delete', { id }),
    onSaved: () => onSaved(null),
  });

  const formEl = <CompanyForm form={form} onSubmit={() => void save()} />;
  const editing = target === 'new' || tab === 'basic';
  return (
    <FormDrawer
      open={target !== null}
      onClose={onClose}
      width={target === 'new' ? 640 : 920}
      title={target === 'new' ? t('companies.newTitle') : <StoryTitle story={story} />}
      destroyOnHidden
      rootClassName="company-drawer"
      extra={
        <Space>
          {current && <RaiseIssueButton companyId={current.id} onRaised={changed} />}
          {current && <PrintBriefButton kind="company" id={current.id} />}
          {editing && (
            <DrawerActions
              deleteConfirm={current ? t('companies.deleteConfirm', { name: current.name }) : undefined}
              saving={saving}
              onSave={() => void save()}
              onDelete={() => void remove()}
            />
          )}
        </Space>
      }
    >
      {target === 'new' ? (
        formEl
      ) : (
        <>
          {story && <CompanyFacts story={story} />}
          <Tabs
            className="company-story-tabs"
            activeKey={tab}
            onChange={(k) => setTab(k as CompanySection)}
            items={storyTabs(t, story, formEl, current, () => onSaved(null), changed)}
          />
        </>
      )}
    </FormDrawer>
  );
}

function StoryTitle({ story }: { story: CompanyStory | null }) {
  const { t } = useTranslation();
  if (!story) return t('companies.editTitle');
  const { company } = story;
  return (
    <Space size={8}>
      <span>{company.name}</span>
      {company.tier && <Tag color="geekblue">{t(`tier.${company.tier}`)}</Tag>}
    </Space>
  );
}

type TabItems = NonNullable<TabsProps['items']>;

/** One tab per part of the story; a new part is one more entry here. */
function storyTabs(
  t: (k: string) => string,
  story: CompanyStory | null,
  form: ReactNode,
  current: Company | null,
  onUndone: () => void,
  onChanged: () => void,
): TabItems {
  const label = (key: CompanySection, count?: number) => (
    <span data-testid={`company-tab-${key}`}>
      {t(`companies.story.tabs.${key}`)}
      {count !== undefined && <span className="story-tab-count">{count}</span>}
    </span>
  );
  const c = story?.counts;
  const items: TabItems = [];
  if (story) {
    items.push(
      { key: 'overview', label: label('overview'), children: <OverviewSection story={story} /> },
      { key: 'projects', label: label('projects', c?.projects), children: <ProjectsSection story={story} /> },
      {
        key: 'contacts',
        label: label('contacts', c?.contacts),
        children: <ContactsSection story={story} onChanged={onChanged} />,
      },
      {
        key: 'visits',
        label: label('visits', c && c.trips + c.receptions),
        children: <VisitsSection story={story} />,
      },
      {
        key: 'attachments',
        label: label('attachments', c?.attachments.total),
        children: <AttachmentsSection story={story} onChanged={onChanged} />,
      },
    );
  }
  // The form stays mounted on every tab: it is loaded once and saved from the drawer's header.
  items.push({ key: 'basic', label: label('basic'), forceRender: true, children: form });
  if (current) {
    items.push({
      key: 'history',
      label: label('history'),
      // After an undo the form would show old values: close, and the grid shows the restored row.
      children: <HistoryPanel entity="company" id={current.id} onUndone={onUndone} />,
    });
  }
  return items;
}
