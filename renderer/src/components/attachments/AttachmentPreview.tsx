import { Alert, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { PREVIEW_IMAGE, PREVIEW_PDF, type AttachmentView } from '@contract/attachments/schema';
import { PdfPages } from './PdfPages';
import { useAttachmentBlob } from './useAttachmentBlob';

interface Props {
  item: AttachmentView | null;
  onClose(): void;
  footer: React.ReactNode;
}

/**
 * The large view: an image at full width, a PDF drawn page by page by pdf.js (the window has no
 * PDF plugin, and a headless browser none either).
 */
export function AttachmentPreview({ item, onClose, footer }: Props) {
  const { t } = useTranslation();
  const { blob, url, error } = useAttachmentBlob(item);
  const pdf = item?.mime === PREVIEW_PDF;
  return (
    <Modal
      open={item !== null}
      title={item?.fileName}
      onCancel={onClose}
      footer={footer}
      width={pdf ? 960 : 820}
      destroyOnHidden
      data-testid="attachment-preview"
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!url && !error && <Spin description={t('attachments.loading')} />}
      {url && item && PREVIEW_IMAGE.test(item.mime) && (
        <img src={url} alt={item.fileName} className="attachment-large" />
      )}
      {blob && pdf && <PdfPages blob={blob} />}
    </Modal>
  );
}
