import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CompanyStory } from '@contract/companyStory/schema';
import { call, errorMessage } from '../../../api';

/** The company's page, read in one call; `reload` after a change made from the page. */
export function useCompanyStory(id: number | null): { story: CompanyStory | null; reload(): void } {
  const { message } = App.useApp();
  const [story, setStory] = useState<CompanyStory | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    call('companies.story', { id })
      .then((s) => live && setStory(s))
      .catch((e: unknown) => live && message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [id, version, message]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { story: story && story.company.id === id ? story : null, reload };
}
