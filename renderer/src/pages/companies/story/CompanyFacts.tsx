import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompanyStory } from '@contract/companyStory/schema';
import { formatMoney } from '../../../format/money';
import { usePrefs } from '../../../prefs';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** The facts a staffer reads before picking up the phone, above every tab. */
export function CompanyFacts({ story }: { story: CompanyStory }) {
  const { t } = useTranslation();
  const { moneyUnit } = usePrefs();
  const f = (k: I18nKeyUnder<'companies.fields'>) => t(`companies.fields.${k}`);
  const none = t('companies.story.facts.none');
  const { company: c } = story;
  const capital =
    c.registeredCapital === null
      ? null
      : `${f('registeredCapital')} ${formatMoney(c.registeredCapital, moneyUnit)}${t(`money.${moneyUnit}`)}`;
  const scale = [c.tier && t(`tier.${c.tier}`), capital].filter(Boolean).join(' · ');
  const chain = (
    <>
      {c.chain ?? none}
      {c.isChainLeader && (
        <Tag color="gold" style={{ marginInlineStart: 6 }}>
          {f('isChainLeader')}
        </Tag>
      )}
    </>
  );
  return (
    <Descriptions
      className="company-facts"
      size="small"
      column={3}
      items={[
        {
          key: 'creditCode',
          label: f('creditCode'),
          span: 2,
          children: c.creditCode ? (
            <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
              {c.creditCode}
            </Typography.Text>
          ) : (
            none
          ),
        },
        { key: 'industry', label: f('industry'), children: c.industry ?? none },
        { key: 'hq', label: f('hqAdcode'), span: 2, children: story.hqRegion || none },
        { key: 'chain', label: f('chain'), children: chain },
        { key: 'scale', label: t('companies.story.facts.scale'), span: 2, children: scale || none },
        {
          key: 'owners',
          label: t('companies.story.facts.owners'),
          children: story.owners.length ? story.owners.join('、') : none,
        },
      ]}
    />
  );
}
