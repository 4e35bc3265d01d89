import { SearchOutlined } from '@ant-design/icons';
import { Input, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResult } from '@contract/search/schema';
import { call } from '../../api';
import { openRecord } from './openHit';
import { hitId, SearchResults } from './SearchResults';
import './search.css';

const DEBOUNCE_MS = 120;

/**
 * The header search: Ctrl+K from anywhere, results while typing (companies, projects,
 * contacts by name, pinyin, initials, phone or credit code), arrows to choose, Enter to open.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const input = useRef<InputRef>(null);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [active, setActive] = useState(0);
  const latest = useRef('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus({ cursor: 'all' });
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const text = q.trim();
    latest.current = text;
    if (!text) return undefined;
    const timer = setTimeout(() => {
      call('search.global', { q: text, limit: 5 })
        .then((r) => {
          // A slower answer to an earlier keystroke must not replace the newer one.
          if (latest.current !== text) return;
          setResult(r);
          setActive(0);
        })
        .catch(() => latest.current === text && setResult({ q: text, groups: [], millis: 0 }));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  // What is shown belongs to the text in the box; an answer still on its way shows as 正在搜索.
  const shown = q.trim() ? result : null;
  const loading = !!q.trim() && result?.q !== q.trim();
  const hits = useMemo<SearchHit[]>(() => shown?.groups.flatMap((g) => g.hits) ?? [], [shown]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setQ('');
    input.current?.blur();
    openRecord(hit.kind, hit.id);
  };

  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    }
  };

  const current = hits[active];
  return (
    <div className="global-search">
      <Input
        ref={input}
        prefix={<SearchOutlined />}
        placeholder={t('search.placeholder')}
        allowClear
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-label={t('common.search')}
        aria-expanded={open}
        aria-controls="global-search-list"
        aria-activedescendant={open && current ? hitId(current) : undefined}
      />
      {open && (
        <div className="search-panel" id="global-search-list" role="listbox" aria-label={t('common.search')}>
          <SearchResults
            result={shown}
            query={q}
            loading={loading}
            hits={hits}
            active={active}
            onHover={setActive}
            onOpen={choose}
          />
        </div>
      )}
    </div>
  );
}
