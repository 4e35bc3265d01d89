import { parsePrintRoute } from '@contract/print/routes';
import { printTitle } from '../../domain/reports/titles';
import { DomainError, invalid } from '@contract/shared/errors';
import { todayLocal } from '@contract/shared/time';
import { NOT_PRINTABLE } from '@contract/channels/print';
import { pdfFileName } from '@contract/print/printOptions';
import type { HandlerGroup } from './types';

export const NO_PDF_HOST = '当前运行环境不能生成 PDF，请在桌面程序中导出';

export const printHandlers: HandlerGroup<'print'> = {
  'print.pdf': async (ctx, { route, save }) => {
    const parsed = parsePrintRoute(route);
    if (!parsed) throw invalid('route', NOT_PRINTABLE);
    const title = printTitle(ctx.db, parsed.doc);
    if (!ctx.printToPdf) throw new DomainError('FORBIDDEN', NO_PDF_HOST);
    const pdf = await ctx.printToPdf(route);
    const fileName = pdfFileName(title, todayLocal());
    const saveFile = save ? ctx.host?.saveFile : undefined;
    if (saveFile) {
      const savedPath = await saveFile(fileName, pdf);
      return { fileName, bytes: pdf.byteLength, base64: null, savedPath, cancelled: savedPath === null };
    }
    const base64 = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64');
    return { fileName, bytes: pdf.byteLength, base64, savedPath: null, cancelled: false };
  },
};
