import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResult } from '@contract/search/schema';
import { StageTag } from '../../components/StageTag';
import { Marked } from './Marked';

interface Props {
  result: SearchResult | null;
  query: string;
  loading: boolean;
  hits: SearchHit[];
  active: number;
  onHover(index: number): void;
  onOpen(hit: SearchHit): void;
}

export const hitId = (h: SearchHit): string => `search-hit-${h.kind}-${h.id}`;

/** The dropdown under the header search: hits grouped 企业 / 项目 / 联系人, the active one marked. */
export function SearchResults({ result, query, loading, hits, active, onHover, onOpen }: Props) {
  const { t } = useTranslation();
  if (!query.trim()) {
    return <div className="search-empty">{t('search.tips')}</div>;
  }
  if (!result || (result.groups.length === 0 && loading)) {
    return <div className="search-empty">{t('search.searching')}</div>;
  }
  if (result.groups.length === 0) {
    return (
      <div className="search-empty">
        <div>{t('search.noResult', { q: query.trim() })}</div>
        <Typography.Text type="secondary">{t('search.tips')}</Typography.Text>
      </div>
    );
  }
  const more = result.groups.some((g) => g.more);
  return (
    <>
      {result.groups.map((g) => (
        <div key={g.kind} role="group" aria-label={t(`search.groups.${g.kind}`)}>
          <div className="search-group">{t(`search.groups.${g.kind}`)}</div>
          {g.hits.map((h) => {
            const index = hits.indexOf(h);
            return (
              <div
                key={hitId(h)}
                id={hitId(h)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'search-hit active' : 'search-hit'}
                onMouseEnter={() => onHover(index)}
                // mousedown, not click: the input keeps focus, so the list does not close first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  onOpen(h);
                }}
              >
                <span className="search-title">
                  <Marked text={h.title} marks={h.titleMarks} />
                </span>
                {h.stage && <StageTag stage={h.stage} />}
                {h.detail && (
                  <span className="search-detail">
                    {t(`search.matchedBy.${h.matchedBy}`)} <Marked text={h.detail} marks={h.detailMarks} />
                  </span>
                )}
                <span className="search-sub">{h.subtitle}</span>
              </div>
            );
          })}
        </div>
      ))}
      <div className="search-foot">
        <span>{t('search.keys')}</span>
        {more && <span>{t('search.more')}</span>}
      </div>
    </>
  );
}
