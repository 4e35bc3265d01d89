import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { openPdf } from './pdfjs';

/** What pdf.js threw, in the office's words: a locked file is not a broken one. */
function reasonOf(error: unknown): 'password' | 'damaged' {
  return error instanceof Error && error.name === 'PasswordException' ? 'password' : 'damaged';
}

/**
 * A PDF drawn by pdf.js inside the app, one page at a time: 合同 and 会议纪要 run to several
 * pages, read in turn with 上一页/下一页. The page fills the width of the view and is drawn at the
 * screen's own pixel density, so small print stays sharp on a HiDPI display.
 */
export function PdfPages({ blob }: { blob: Blob }) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [failure, setFailure] = useState<'password' | 'damaged' | null>(null);
  const [page, setPage] = useState(1);
  const [drawn, setDrawn] = useState(0);
  const view = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let live = true;
    let task: PDFDocumentLoadingTask | null = null;
    blob
      .arrayBuffer()
      .then((bytes) => openPdf(new Uint8Array(bytes)))
      .then((opened) => {
        task = opened;
        if (!live) return null;
        return opened.promise;
      })
      .then((doc) => {
        if (!live || !doc) return;
        if (doc.numPages > 0) setPdf(doc);
        else setFailure('damaged');
      })
      .catch((e: unknown) => live && setFailure(reasonOf(e)));
    return () => {
      live = false;
      // Ends the document and its work in the worker; the worker stays for the next PDF.
      void (task as PDFDocumentLoadingTask | null)?.destroy();
    };
  }, [blob]);

  useEffect(() => {
    const target = canvas.current;
    const box = view.current;
    if (!pdf || !target || !box) return;
    let live = true;
    let render: RenderTask | null = null;
    box.scrollTop = 0;
    pdf
      .getPage(page)
      .then((p) => {
        if (!live) return;
        const style = getComputedStyle(box);
        const width = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const dpr = window.devicePixelRatio || 1;
        const viewport = p.getViewport({ scale: (width / p.getViewport({ scale: 1 }).width) * dpr });
        target.width = Math.floor(viewport.width);
        target.height = Math.floor(viewport.height);
        target.style.width = `${Math.floor(viewport.width / dpr)}px`;
        target.style.height = `${Math.floor(viewport.height / dpr)}px`;
        render = p.render({ canvas: target, viewport });
        return render.promise.then(() => live && setDrawn(page));
      })
      .catch((e: unknown) => {
        if (live && !(e instanceof Error && e.name === 'RenderingCancelledException'))
          setFailure(reasonOf(e));
      });
    return () => {
      live = false;
      (render as RenderTask | null)?.cancel();
    };
  }, [pdf, page]);

  if (failure) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t(failure === 'password' ? 'attachments.pdfLocked' : 'attachments.pdfDamaged')}
        description={t('attachments.pdfDownloadInstead')}
        data-testid="attachment-pdf-error"
      />
    );
  }
  const count = pdf?.numPages ?? 0;
  return (
    <div data-testid="attachment-pdf">
      <Space className="attachment-pdf-toolbar">
        <Button icon={<LeftOutlined />} disabled={!pdf || page <= 1} onClick={() => setPage(page - 1)}>
          {t('attachments.prevPage')}
        </Button>
        <Typography.Text data-testid="attachment-pdf-page">
          {pdf ? t('attachments.pageOf', { page, count }) : t('attachments.loading')}
        </Typography.Text>
        <Button disabled={!pdf || page >= count} onClick={() => setPage(page + 1)}>
          {t('attachments.nextPage')}
          <RightOutlined />
        </Button>
      </Space>
      <div className="attachment-pdf-view" ref={view}>
        {drawn !== page && <Spin className="attachment-pdf-spin" />}
        <canvas
          key={page}
          ref={canvas}
          className="attachment-pdf-page"
          data-testid="attachment-pdf-canvas"
          data-page={page}
          data-drawn={drawn === page}
        />
      </div>
    </div>
  );
}
