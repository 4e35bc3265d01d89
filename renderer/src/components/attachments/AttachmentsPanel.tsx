import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Select, Space, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  MAX_ATTACHMENT_BYTES,
  PREVIEW_IMAGE,
  PREVIEW_PDF,
  tooLargeMessage,
  type AttachmentCategory,
  type AttachmentView,
  type OwnerRef,
} from '@contract/attachments/schema';
import { call, errorMessage } from '../../api';
import { formatDateTimeZh } from '../../format/date';
import { saveDownload } from '../../grid/download';
import { fileSize, readBase64 } from '../files';
import { AttachmentPreview } from './AttachmentPreview';
import { AttachmentThumb } from './AttachmentThumb';
import './attachments.css';

/** Kept in step with ATTACHMENT_UNDO_DAYS on the main side (main/domain/attachments/cleanup.ts). */
const UNDO_DAYS = 30;

const previewable = (a: AttachmentView): boolean => PREVIEW_IMAGE.test(a.mime) || a.mime === PREVIEW_PDF;

async function download(a: AttachmentView): Promise<void> {
  const file = await call('attachments.content', { id: a.id });
  saveDownload({ fileName: file.fileName, base64: file.base64 }, file.mime);
}

/**
 * 附件 of one record: upload (the file travels as bytes, as an import does: the window never
 * names a path), thumbnails, a large view for images and PDF, 下载 for everything, and 删除
 * with 撤销 right away (or later from 操作记录).
 */
export function AttachmentsPanel({ owner, onChanged }: { owner: OwnerRef; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [items, setItems] = useState<AttachmentView[]>([]);
  const [category, setCategory] = useState<AttachmentCategory>(owner.kind === 'contact' ? 'card' : 'other');
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<AttachmentView | null>(null);

  const [version, setVersion] = useState(0);
  // Whoever shows a count of these files (the company page's tab) hears of every change.
  const reload = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged?.();
  }, [onChanged]);
  const { kind, id } = owner;
  useEffect(() => {
    let live = true;
    call('attachments.list', { owner: { kind, id } })
      .then((rows) => live && setItems(rows))
      .catch((e: unknown) => message.error(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [kind, id, version, message]);

  const upload = async (file: File): Promise<void> => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      message.error(tooLargeMessage(file.name, file.size));
      return;
    }
    setBusy(true);
    try {
      const known = new Set(items.map((a) => a.hash));
      const base64 = await readBase64(file);
      const { attachment } = await call('attachments.add', { owner, name: file.name, category, base64 });
      message.success(
        t('attachments.added', { name: attachment.fileName }) +
          (known.has(attachment.hash) ? t('attachments.duplicate') : ''),
      );
      reload();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (a: AttachmentView): Promise<void> => {
    try {
      const { auditId } = await call('attachments.remove', { id: a.id });
      setOpen(null);
      reload();
      const key = `attachment-undo-${a.id}`;
      const undo = async (): Promise<void> => {
        message.destroy(key);
        try {
          await call('audit.undoEntry', { id: auditId });
          message.success(t('attachments.undone', { name: a.fileName }));
          reload();
        } catch (e) {
          message.error(errorMessage(e));
        }
      };
      void message.info({
        key,
        duration: 8,
        content: (
          <Space>
            {t('attachments.deleted', { name: a.fileName })}
            <Button size="small" type="link" onClick={() => void undo()} data-testid="attachment-undo">
              {t('attachments.undo')}
            </Button>
          </Space>
        ),
      });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const actions = (a: AttachmentView, inPreview = false) => (
    <Space size={0}>
      {previewable(a) && !inPreview && (
        <Button type="link" size="small" onClick={() => setOpen(a)}>
          {t('attachments.preview')}
        </Button>
      )}
      <Button
        type="link"
        size="small"
        onClick={() => void download(a).catch((e) => message.error(errorMessage(e)))}
      >
        {t('attachments.download')}
      </Button>
      <Popconfirm
        title={t('attachments.deleteConfirm', { name: a.fileName, days: UNDO_DAYS })}
        okText={t('attachments.delete')}
        okButtonProps={{ danger: true }}
        onConfirm={() => remove(a)}
      >
        <Button type="link" size="small" danger>
          {t('attachments.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );

  return (
    <div data-testid="attachments-panel">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('attachments.category')}</Typography.Text>
        <Select
          value={category}
          onChange={setCategory}
          style={{ width: 120 }}
          options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          aria-label={t('attachments.category')}
        />
        <Upload
          multiple
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            {busy ? t('attachments.adding') : t('attachments.add')}
          </Button>
        </Upload>
      </Space>
      {items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            owner.kind === 'contact'
              ? t('attachments.cardEmpty')
              : t('attachments.empty', { limit: fileSize(MAX_ATTACHMENT_BYTES) })
          }
        />
      ) : (
        items.map((a) => (
          <div key={a.id} className="attachment-row" data-testid="attachment-row">
            {previewable(a) ? (
              <button type="button" className="attachment-thumb-button" onClick={() => setOpen(a)}>
                <AttachmentThumb item={a} />
              </button>
            ) : (
              <AttachmentThumb item={a} />
            )}
            <div className="attachment-row-main">
              <Typography.Text className="attachment-row-name" title={a.fileName}>
                <Tag>{CATEGORY_LABELS[a.category]}</Tag>
                {a.fileName}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('attachments.meta', {
                  size: fileSize(a.size),
                  by: a.addedBy,
                  at: formatDateTimeZh(a.createdAt),
                })}
              </Typography.Text>
            </div>
            {actions(a)}
          </div>
        ))
      )}
      <AttachmentPreview
        item={open}
        onClose={() => setOpen(null)}
        footer={open && <Space>{actions(open, true)}</Space>}
      />
    </div>
  );
}
