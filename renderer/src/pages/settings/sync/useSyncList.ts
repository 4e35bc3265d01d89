import { App } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../api';

/**
 * A sync list read again whenever `version` moves (an import, a round): null while the first
 * read runs; a failed read is said once and the list stays as it was.
 */
export function useSyncList<T>(read: () => Promise<T[]>, version: number): [T[] | null, (rows: T[]) => void] {
  const { message } = App.useApp();
  const [rows, setRows] = useState<T[] | null>(null);
  useEffect(() => {
    let live = true;
    read()
      .then((r) => live && setRows(r))
      .catch((e: unknown) => message.error(errorMessage(e)));
    return () => {
      live = false;
    };
    // `read` is the same call each render; only `version` asks for a new read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, message]);
  return [rows, setRows];
}
