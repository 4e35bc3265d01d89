import { z } from 'zod';
import { parsePrintRoute } from '../print/routes';
import { query } from './define';

export const NOT_PRINTABLE = '只能打印客商简报、出访手册、周调度和目标任务完成情况';

export interface PdfResult {
  /** Suggested file name, e.g. '客商简报-海康威视-20261122.pdf'. */
  fileName: string;
  bytes: number;
  /** The file, base64, for the renderer to save as a download; null when the host saved it. */
  base64: string | null;
  /** Where the desktop app saved it through its save dialog; null when not saved that way. */
  savedPath: string | null;
  /** The person closed the save dialog: nothing was written. */
  cancelled: boolean;
}

/**
 * Renders one printed document to PDF. The route must be exactly one of the four print routes
 * (see print/routes.ts): the hidden page it opens can show nothing else.
 */
export const printChannels = {
  'print.pdf': query<PdfResult>()(
    z.strictObject({
      route: z
        .string({ error: NOT_PRINTABLE })
        .max(80, NOT_PRINTABLE)
        .refine((r) => parsePrintRoute(r) !== null, NOT_PRINTABLE),
      /** Save through the host's save dialog where there is one (the desktop app). */
      save: z.boolean({ error: '保存方式无效' }).optional(),
    }),
    1024,
  ),
};
