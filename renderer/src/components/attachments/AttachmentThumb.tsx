import { FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { PREVIEW_IMAGE, PREVIEW_PDF, type AttachmentView } from '@contract/attachments/schema';
import { useAttachmentBlob } from './useAttachmentBlob';

/** A small picture of the file: the image itself, or an icon for a PDF or any other file. */
export function AttachmentThumb({ item }: { item: AttachmentView }) {
  if (PREVIEW_IMAGE.test(item.mime)) return <ImageThumb item={item} />;
  const Icon = item.mime === PREVIEW_PDF ? FilePdfOutlined : FileOutlined;
  return (
    <span className="attachment-thumb attachment-thumb-icon">
      <Icon />
    </span>
  );
}

function ImageThumb({ item }: { item: AttachmentView }) {
  const { url } = useAttachmentBlob(item);
  return url ? (
    <img src={url} alt={item.fileName} className="attachment-thumb" data-testid="attachment-thumb" />
  ) : (
    <span className="attachment-thumb" />
  );
}
