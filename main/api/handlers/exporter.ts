import { exportView } from '../../domain/exporters/view';
import { exportWorkbook } from '../../domain/exporters/workbook';
import { DomainError } from '@contract/shared/errors';
import { todayLocal } from '@contract/shared/time';
import { channels } from '@contract/channels';
import type { HandlerGroup, HandlerOf, Handlers } from './types';

const stamp = (): string => todayLocal().replace(/-/g, '');
// The title comes from the page: it names a file, so characters no file system accepts go.
const fileSafe = (s: string): string =>
  [...s].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('');

export const exportHandlers = (handlerOf: HandlerOf): HandlerGroup<'export'> => ({
  /**
   * A grid as the person sees it: its list channel is called page by page with the grid's own
   * filters and sort, through that channel's input schema, so an export can show nothing the
   * grid could not.
   */
  'export.view': async (ctx, input) => {
    const channel = input.channel as keyof Handlers & keyof typeof channels;
    const def = Object.hasOwn(channels, channel) ? channels[channel] : undefined;
    if (!def || def.write) throw new DomainError('VALIDATION', '不能导出这个列表');
    const list = handlerOf(channel) as unknown as (
      c: typeof ctx,
      q: unknown,
    ) => { rows: Record<string, unknown>[]; total: number };
    const bytes = await exportView(
      (offset, limit) => {
        const parsed = def.input.safeParse({ ...input.query, offset, limit });
        if (!parsed.success) throw new DomainError('VALIDATION', '导出条件无效，请刷新列表后重试');
        return list(ctx, parsed.data);
      },
      input.columns,
      input.title,
      input.unit,
    );
    return { fileName: `${fileSafe(input.title)}-${stamp()}.xlsx`, base64: bytes.toString('base64') };
  },
  'export.workbook': async ({ db }) => {
    const bytes = await exportWorkbook(db);
    return { fileName: `招商通台账-${stamp()}.xlsx`, base64: bytes.toString('base64') };
  },
});
