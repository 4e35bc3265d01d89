import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompanyStory } from '@contract/companyStory/schema';
import { AttachmentsPanel } from '../../../components/attachments/AttachmentsPanel';

const ELSEWHERE = ['project', 'interaction', 'serviceIssue', 'contact'] as const;

/**
 * The company's own files, and how many more hang on its projects, meetings, 诉求 and contacts:
 * the tab's count is the whole number, so the page says where the rest are.
 */
export function AttachmentsSection({ story, onChanged }: { story: CompanyStory; onChanged(): void }) {
  const { t } = useTranslation();
  const { byKind } = story.counts.attachments;
  const others = ELSEWHERE.filter((k) => byKind[k] > 0);
  const count = others.reduce((sum, k) => sum + byKind[k], 0);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="company-attachments">
      {count > 0 && (
        <Typography.Text type="secondary">
          {t('companies.story.attachmentsElsewhere', {
            count,
            parts: others.map((k) => `${t(`companies.story.attachmentKinds.${k}`)} ${byKind[k]}`).join('、'),
          })}
        </Typography.Text>
      )}
      <AttachmentsPanel owner={{ kind: 'company', id: story.company.id }} onChanged={onChanged} />
    </Space>
  );
}
