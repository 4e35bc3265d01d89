import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyBrief } from '@contract/reports/schema';
import { usePrintFormat } from '../../format';
import { DocHead } from '../../parts/DocHead';
import { KeyValues } from '../../parts/KeyValues';
import { MoreNote, PrintTable } from '../../parts/PrintTable';
import { Section } from '../../parts/Section';
import { contactColumns, issueColumns, projectColumns } from './briefTables';
import { Talks } from './Talks';
import { TalkingPoints } from './TalkingPoints';
import type { I18nKeyUnder } from '../../../i18n/keys';

interface Props {
  brief: CompanyBrief;
  /** The line under the title; default the print date. The trip dossier puts the visit there. */
  sub?: ReactNode;
}

/** 客商简报: the one page a leader reads before meeting the company. */
export function CompanyBriefDoc({ brief, sub }: Props) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const { company: c } = brief;
  const k = (key: I18nKeyUnder<'print.company.fields'>) => t(`print.company.fields.${key}`);
  const s = (key: I18nKeyUnder<'print.company.sections'>) => t(`print.company.sections.${key}`);
  const more = (count: number) => t('print.more', { count });
  const totals = brief.projects.reduce(
    (acc, p) => ({
      planned: acc.planned + (p.plannedAmount ?? 0),
      contract: acc.contract + (p.contractAmount ?? 0),
      arrived: acc.arrived + p.arrivedAmount,
    }),
    { planned: 0, contract: 0, arrived: 0 },
  );

  return (
    <article data-testid="company-brief" data-company={c.id}>
      <DocHead kind={t('print.company.kind')} title={c.name} sub={sub} />
      <Section no={1} title={s('profile')}>
        <KeyValues
          pairs={[
            [k('creditCode'), c.creditCode],
            [k('tier'), c.tier ? t(`tier.${c.tier}`) : ''],
            [k('industry'), c.industry],
            [k('chain'), c.chain ? `${c.chain}${c.isChainLeader ? k('chainLeader') : ''}` : ''],
            // The street address says more than the region, and includes it; one row, not two.
            [k('hq'), c.hqAddress || brief.hqRegion],
            [f.withUnit(k('registeredCapital')), f.money(c.registeredCapital)],
            [k('sourceChannel'), c.sourceChannel],
            [k('website'), c.website],
          ]}
        />
        {c.intro && <p className="pd-para">{c.intro}</p>}
      </Section>
      <Section no={2} title={s('contacts')}>
        <PrintTable
          columns={contactColumns(t)}
          rows={brief.contacts}
          rowKey={(r) => r.id}
          empty={t('print.none')}
        />
        <MoreNote shown={brief.contacts.length} total={brief.contactsTotal} text={more} />
      </Section>
      {/* The unit once above the table, as the office's tables do: short headers leave the names room. */}
      <Section
        no={3}
        title={s('projects')}
        extra={<span className="pd-unit">{t('print.unitNote', { unit: f.unit })}</span>}
      >
        <PrintTable
          columns={projectColumns(t, f)}
          rows={brief.projects}
          rowKey={(r) => r.id}
          empty={t('print.none')}
          foot={
            brief.projects.length > 1 && (
              <tr>
                <td colSpan={2}>{t('print.total')}</td>
                <td className="pd-num">{totals.planned ? f.money(totals.planned) : ''}</td>
                <td className="pd-num">{totals.contract ? f.money(totals.contract) : ''}</td>
                <td className="pd-num">{totals.arrived ? f.money(totals.arrived) : ''}</td>
                <td colSpan={2} />
              </tr>
            )
          }
        />
        <MoreNote shown={brief.projects.length} total={brief.projectsTotal} text={more} />
      </Section>
      <Section no={4} title={s('interactions')}>
        {brief.interactions.length ? (
          <Talks rows={brief.interactions} />
        ) : (
          <p className="pd-note">{t('print.none')}</p>
        )}
        <MoreNote shown={brief.interactions.length} total={brief.interactionsTotal} text={more} />
      </Section>
      <Section no={5} title={s('issues')}>
        <PrintTable
          columns={issueColumns(t, f)}
          rows={brief.openIssues}
          rowKey={(r) => r.id}
          empty={t('print.none')}
        />
        <MoreNote shown={brief.openIssues.length} total={brief.openIssuesTotal} text={more} />
      </Section>
      <Section no={6} title={s('talkingPoints')}>
        <TalkingPoints companyId={c.id} text={c.talkingPoints} />
      </Section>
    </article>
  );
}
