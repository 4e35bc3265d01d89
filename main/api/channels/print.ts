import { z } from 'zod';
import { parsePrintRoute } from '../../domain/reports/routes';
import { query } from './define';

export const NOT_PRINTABLE = '只能打印客商简报、出访手册、周调度和目标任务完成情况';

export interface PdfResult {
  /** The PDF file, base64: the renderer saves it as a download. */
  base64: string;
  /** Suggested file name, e.g. '客商简报-海康威视-20261122.pdf'. */
  fileName: string;
  bytes: number;
}

/**
 * Renders one printed document to PDF. The route must be exactly one of the four print routes
 * (see domain/reports/routes.ts): the hidden page it opens can show nothing else.
 */
export const printChannels = {
  'print.pdf': query<PdfResult>()(
    z.strictObject({
      route: z
        .string({ error: NOT_PRINTABLE })
        .max(80, NOT_PRINTABLE)
        .refine((r) => parsePrintRoute(r) !== null, NOT_PRINTABLE),
    }),
    1024,
  ),
};
