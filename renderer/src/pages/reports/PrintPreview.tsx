import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printRoutePath, type PrintRoute } from '@contract/print/routes';
import { todayLocal } from '@contract/shared/time';
import { errorMessage } from '../../api';
import { useQuery } from '../../hooks/useQuery';
import { usePrefs } from '../../prefs';
import { PrintDocument } from '../../print/PrintDocument';
import { reportTitle, useReport, type Report } from '../../print/report';
import { exportPdf } from './exportPdf';
import { usePreviewPrint } from './usePreviewPrint';

interface Props {
  route: PrintRoute | null;
  /** What to do first when nothing is chosen yet. */
  emptyHint: string;
  onReport?: (r: Report | null) => void;
}

/** The chosen document as it will print, with 导出 PDF and 打印. */
export function PrintPreview({ route, emptyHint, onReport }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { moneyUnit, currentUser } = usePrefs();
  const [reload, setReload] = useState(0);
  const [exporting, setExporting] = useState(false);
  const { report, error, loading } = useReport(route?.doc ?? null, reload);
  useEffect(() => onReport?.(report), [report, onReport]);

  const env = { moneyUnit, printedOn: todayLocal(), editable: true, onEdited: () => setReload((n) => n + 1) };
  // The same name as on the PDF: the one set in 设置, else the computer's login.
  const login = useQuery('app.info', {}).data?.user ?? '';
  const watermark = route?.watermark ? `${t('print.internal')} ${currentUser || login}`.trim() : undefined;
  const title = report ? reportTitle(t, report) : '';
  const { print, portal } = usePreviewPrint(title, () =>
    report ? <PrintDocument report={report} env={{ ...env, editable: false }} watermark={watermark} /> : null,
  );

  const savePdf = async () => {
    if (!route) return;
    setExporting(true);
    const hide = message.loading(t('reports.exporting'), 0);
    try {
      const done = await exportPdf(printRoutePath(route));
      if (done)
        message.success(t('reports.exported', { name: done.saved === 'dialog' ? done.path : done.fileName }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      hide();
      setExporting(false);
    }
  };

  const ready = !!route && !!report && !loading;
  return (
    <div className="reports-preview">
      <div className="reports-preview-bar">
        <Typography.Text strong>{t('reports.preview')}</Typography.Text>
        <Typography.Text type="secondary" className="reports-preview-note">
          {t('reports.previewNote')}
        </Typography.Text>
        <span className="spacer" />
        <Space>
          <Button icon={<PrinterOutlined />} disabled={!ready} onClick={print}>
            {t('reports.print')}
          </Button>
          <Button
            type="primary"
            icon={<FilePdfOutlined />}
            disabled={!ready}
            loading={exporting}
            onClick={() => void savePdf()}
          >
            {t('reports.exportPdf')}
          </Button>
        </Space>
      </div>
      <div className="reports-paper" data-testid="report-preview">
        {!route && <Empty className="reports-empty" description={emptyHint} />}
        {route && error && (
          <Alert
            type="error"
            showIcon
            message={t('reports.loadFailed', { message: error })}
            className="reports-empty"
          />
        )}
        {route && !error && !report && <Spin className="reports-empty" />}
        {route && report && (
          <Spin spinning={loading}>
            <PrintDocument report={report} env={env} watermark={watermark} />
          </Spin>
        )}
      </div>
      {portal}
    </div>
  );
}
