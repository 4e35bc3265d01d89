import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnerRef } from '@contract/attachments/schema';
import { AttachmentsPanel } from './AttachmentsPanel';

/** 附件 of a record shown inside a list (a meeting in a project's timeline): opens its panel over the page. */
export function AttachmentsButton({ owner, title }: { owner: OwnerRef; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" size="small" icon={<PaperClipOutlined />} onClick={() => setOpen(true)}>
        {t('attachments.title')}
      </Button>
      <Modal
        open={open}
        title={`${t('attachments.title')} · ${title}`}
        onCancel={() => setOpen(false)}
        footer={null}
        width={720}
        destroyOnHidden
      >
        <AttachmentsPanel owner={owner} />
      </Modal>
    </>
  );
}
