import { useEffect, useState } from 'react';
import type { AttachmentView } from '../../../../main/domain/attachments/schema';
import { call } from '../../api';
import { blobOf } from '../../grid/download';

interface Loaded {
  id: number;
  url: string | null;
  error: string | null;
}

/**
 * An attachment's content as a blob: URL for an <img> or a frame (the CSP allows blob: for
 * images and frames, nothing remote). Revoked when the attachment changes or the view closes.
 */
export function useAttachmentBlob(item: AttachmentView | null): { url: string | null; error: string | null } {
  // Keyed by the attachment, so a new one never shows the last one's picture while it loads.
  const [state, setState] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!item) return;
    let url: string | null = null;
    let live = true;
    call('attachments.content', { id: item.id })
      .then((file) => {
        if (!live) return;
        url = URL.createObjectURL(blobOf(file.base64, file.mime));
        setState({ id: item.id, url, error: null });
      })
      .catch((e: unknown) => {
        if (live) setState({ id: item.id, url: null, error: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [item]);
  return state && state.id === item?.id ? state : { url: null, error: null };
}
