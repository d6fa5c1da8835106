import { EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { attachmentPreview, type TAttachment } from '@sp/domain';
import { Alert, Button } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/section-card';
import { QueryView } from '../../../components/status-views';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime, formatFileSize } from '../../../lib/format';
import { attachmentUrl, useAttachments } from '../api/get-attachments';
import {
  ATTACHMENT_ACCEPT,
  isAllowedFile,
  MAX_ATTACHMENT_BYTES,
  useUploadAttachment,
} from '../api/upload-attachment';
import { AttachmentPreview } from './attachment-preview';

type Props = { caseId: string; canUpload: boolean };

type Status =
  | { kind: 'progress'; name: string; percent: number }
  | { kind: 'done'; names: string[] }
  | { kind: 'error'; text: string; names: string[] };

/** The case's files: preview (PDF, images, video) or download, and an upload button with progress. */
export function AttachmentsCard({ caseId, canUpload }: Props) {
  const { t } = useTranslation();
  const attachments = useAttachments(caseId);
  const upload = useUploadAttachment();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [previewing, setPreviewing] = useState<TAttachment | null>(null);

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    // Every file picked is named: those uploaded, and the one that stopped the rest.
    const done: string[] = [];
    for (const file of files) {
      if (!isAllowedFile(file))
        return setStatus({
          kind: 'error',
          names: done,
          text: t('attachments.typeNotAllowed', { name: file.name }),
        });
      if (file.size > MAX_ATTACHMENT_BYTES)
        return setStatus({
          kind: 'error',
          names: done,
          text: t('attachments.tooLarge', { name: file.name }),
        });
      setStatus({ kind: 'progress', name: file.name, percent: 0 });
      try {
        await upload.mutateAsync({
          caseId,
          file,
          onProgress: (percent) => setStatus({ kind: 'progress', name: file.name, percent }),
        });
        done.push(file.name);
      } catch (error) {
        return setStatus({ kind: 'error', names: done, text: `${file.name}：${errorMessage(error)}` });
      }
    }
    if (done.length > 0) setStatus({ kind: 'done', names: done });
  };

  const uploadButton = canUpload ? (
    <>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        className="sp-visually-hidden"
        tabIndex={-1}
        aria-label={t('attachments.upload')}
        data-testid="attachment-input"
        onChange={onPick}
      />
      <Button icon={<UploadOutlined />} onClick={() => inputRef.current?.click()} loading={upload.isPending}>
        {t('attachments.upload')}
      </Button>
    </>
  ) : null;

  const uploadedNames = status?.kind === 'done' || status?.kind === 'error' ? status.names : [];

  return (
    <SectionCard title={t('attachments.title')} extra={uploadButton} testId="attachments-card">
      {canUpload && <p className="sp-muted">{t('attachments.hint')}</p>}
      <div aria-live="polite" data-testid="upload-status">
        {status?.kind === 'progress' && (
          <div className="sp-upload-progress">
            <label htmlFor="upload-progress">{t('attachments.progress', { name: status.name })}</label>
            <progress id="upload-progress" max={100} value={status.percent}>
              {status.percent}%
            </progress>
          </div>
        )}
        {uploadedNames.length > 0 && (
          <Alert
            type="success"
            showIcon
            title={t('attachments.uploaded', {
              count: uploadedNames.length,
              names: uploadedNames.join('、'),
            })}
          />
        )}
        {status?.kind === 'error' && <Alert type="error" showIcon role="alert" title={status.text} />}
      </div>
      <QueryView query={attachments} isEmpty={(list) => list.length === 0} empty={t('attachments.empty')}>
        {(list) => (
          <ul className="sp-attachments" data-testid="attachment-list">
            {list.map((a) => (
              <li key={a.id}>
                <span className="sp-attachments__name">
                  <a
                    href={attachmentUrl(caseId, a.id)}
                    download={a.fileName}
                    aria-label={t('attachments.download', { name: a.fileName })}
                  >
                    {a.fileName}
                  </a>
                  {attachmentPreview(a.mime) && (
                    <Button
                      size="small"
                      type="link"
                      icon={<EyeOutlined />}
                      onClick={() => setPreviewing(a)}
                      aria-label={t('attachments.preview', { name: a.fileName })}
                      data-testid="attachment-preview"
                    >
                      {t('attachments.previewShort')}
                    </Button>
                  )}
                </span>
                <span className="sp-muted">
                  {formatFileSize(a.size)} · {formatDateTime(a.uploadedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <AttachmentPreview caseId={caseId} attachment={previewing} onClose={() => setPreviewing(null)} />
    </SectionCard>
  );
}
