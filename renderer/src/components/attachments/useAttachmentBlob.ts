import { useEffect, useState } from 'react';
import type { AttachmentView } from '@contract/attachments/schema';
import { call } from '../../api';
import { blobOf } from '../../grid/download';

interface Content {
  /** The bytes themselves (pdf.js reads these: it is not handed a URL to fetch). */
  blob: Blob | null;
  url: string | null;
  error: string | null;
}

interface Loaded extends Content {
  id: number;
}

/**
 * An attachment's content as a blob and its blob: URL for an <img> (the CSP allows blob: for
 * images, nothing remote). Revoked when the attachment changes or the view closes.
 */
export function useAttachmentBlob(item: AttachmentView | null): Content {
  // Keyed by the attachment, so a new one never shows the last one's picture while it loads.
  const [state, setState] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!item) return;
    let url: string | null = null;
    let live = true;
    call('attachments.content', { id: item.id })
      .then((file) => {
        if (!live) return;
        const blob = blobOf(file.base64, file.mime);
        url = URL.createObjectURL(blob);
        setState({ id: item.id, blob, url, error: null });
      })
      .catch((e: unknown) => {
        if (live)
          setState({ id: item.id, blob: null, url: null, error: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [item]);
  return state && state.id === item?.id ? state : { blob: null, url: null, error: null };
}
