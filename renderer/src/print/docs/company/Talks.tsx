import { useTranslation } from 'react-i18next';
import { INTERACTION_KIND_LABELS } from '@contract/interactions/kinds';
import type { InteractionRow } from '@contract/interactions/schema';
import { usePrintFormat } from '../../format';
import type { I18nKeyUnder } from '../../../i18n/keys';

/** 近期洽谈: each meeting with who was there, the sticking points, what we promised, the next step. */
export function Talks({ rows }: { rows: InteractionRow[] }) {
  const { t } = useTranslation();
  const f = usePrintFormat();
  const c = (k: I18nKeyUnder<'print.company.interaction'>, o: Record<string, unknown> = {}) =>
    t(`print.company.interaction.${k}`, o);
  return (
    <div>
      {rows.map((r) => {
        // Place and people share one small line: a long place in the date column took three.
        const people = [
          r.place ?? '',
          r.staffNames ? c('ours', { names: r.staffNames }) : '',
          r.contactNames || r.theirAttendeesText
            ? c('theirs', { names: r.contactNames ?? r.theirAttendeesText ?? '' })
            : '',
        ].filter(Boolean);
        const next = [r.nextStep, r.nextStepOn ? `（${f.shortDate(r.nextStepOn)}）` : ''].join('');
        return (
          <div className="pd-talk" key={r.id}>
            <div className="pd-talk-when">
              <div>{f.date(r.occurredOn)}</div>
              <div>{INTERACTION_KIND_LABELS[r.kind]}</div>
            </div>
            <div>
              <div className="pd-pre">{r.summary}</div>
              {people.length > 0 && <div className="pd-note">{people.join('；')}</div>}
              {r.stickingPoints && (
                <div>
                  <span className="pd-talk-label">{c('sticking')}：</span>
                  {r.stickingPoints}
                </div>
              )}
              {r.promises && (
                <div>
                  <span className="pd-talk-label">{c('promises')}：</span>
                  {r.promises}
                </div>
              )}
              {next && (
                <div>
                  <span className="pd-talk-label">{c('next')}：</span>
                  {next}
                </div>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
