import { attachmentPreview, type TAttachment } from '@sp/domain';
import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { attachmentUrl } from '../api/get-attachments';

type Props = { caseId: string; attachment: TAttachment | null; onClose: () => void };

/**
 * A PDF in a frame, an image or an MP4 video, in a dialog: the server serves these inline with
 * nosniff and a CSP that runs nothing. Other types have no preview (they download).
 */
export function AttachmentPreview({ caseId, attachment, onClose }: Props) {
  const { t } = useTranslation();
  const kind = attachment ? attachmentPreview(attachment.mime) : null;
  const url = attachment ? attachmentUrl(caseId, attachment.id) : '';
  const name = attachment?.fileName ?? '';
  return (
    <Modal
      open={attachment !== null && kind !== null}
      onCancel={onClose}
      footer={
        <a href={url} download={name}>
          {t('attachments.download', { name })}
        </a>
      }
      title={name}
      width="min(960px, calc(100vw - 16px))"
      centered
      destroyOnHidden
      classNames={{ body: 'sp-preview' }}
    >
      <div data-testid="attachment-preview-body" data-kind={kind ?? ''}>
        {kind === 'pdf' && <iframe className="sp-preview__frame" src={url} title={name} />}
        {kind === 'image' && <img className="sp-preview__media" src={url} alt={name} />}
        {kind === 'video' && (
          // biome-ignore lint/a11y/useMediaCaption: evidence footage has no captions to offer
          <video className="sp-preview__media" src={url} controls preload="metadata" aria-label={name} />
        )}
      </div>
    </Modal>
  );
}
