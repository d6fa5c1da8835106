import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { MAX_ATTACHMENT_BYTES, PHOTO_ACCEPT, PUBLIC_PHOTO_MAX, type TAttachment } from '@sp/domain';
import { Alert, Button } from 'antd';
import { type ChangeEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/form/choice-fields';
import { errorMessage } from '../../../lib/error-message';
import { formatFileSize } from '../../../lib/format';
import './report-photos.css';

export type PhotoChoice = { files: File[]; shareLocation: boolean };
export const NO_PHOTOS: PhotoChoice = { files: [], shareLocation: false };

type Props = { idPrefix: string; value: PhotoChoice; onChange: (value: PhotoChoice) => void };

/**
 * 现场照片 on a report form (public, special supervisor): JPEG or PNG, sent after the report is
 * filed. The server removes the photos' location unless the reporter ticks "share location".
 */
export function ReportPhotos({ idPrefix, value, onChange }: Props) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    event.target.value = '';
    const tooBig = picked.find((f) => f.size > MAX_ATTACHMENT_BYTES);
    const files = [...value.files, ...picked.filter((f) => f !== tooBig)].slice(0, PUBLIC_PHOTO_MAX);
    setProblem(
      tooBig
        ? t('attachments.tooLarge', { name: tooBig.name })
        : value.files.length + picked.length > PUBLIC_PHOTO_MAX
          ? t('photos.tooMany', { max: PUBLIC_PHOTO_MAX })
          : null,
    );
    onChange({ ...value, files });
  };
  return (
    <fieldset className="sp-fieldset sp-report-photos" aria-describedby={`${idPrefix}-photos-hint`}>
      <legend className="sp-field__label">{t('photos.title')}</legend>
      <div className="sp-field__hint" id={`${idPrefix}-photos-hint`}>
        {t('photos.hint', { max: PUBLIC_PHOTO_MAX })}
      </div>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={PHOTO_ACCEPT}
        className="sp-visually-hidden"
        tabIndex={-1}
        aria-label={t('photos.choose')}
        data-testid={`${idPrefix}-photo-input`}
        onChange={pick}
      />
      <Button
        icon={<CameraOutlined />}
        onClick={() => inputRef.current?.click()}
        disabled={value.files.length >= PUBLIC_PHOTO_MAX}
      >
        {t('photos.choose')}
      </Button>
      {problem && <p className="sp-field__error">{problem}</p>}
      {value.files.length > 0 && (
        <ul className="sp-photo-list" data-testid={`${idPrefix}-photo-list`}>
          {value.files.map((f, i) => (
            <li key={`${f.name}-${f.lastModified}-${f.size}`}>
              <span>{f.name}</span>
              <span className="sp-muted">
                {formatFileSize(f.size)}{' '}
                <Button
                  size="small"
                  type="link"
                  icon={<DeleteOutlined />}
                  aria-label={t('photos.remove', { name: f.name })}
                  onClick={() => onChange({ ...value, files: value.files.filter((_, j) => j !== i) })}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
      <CheckboxField
        id={`${idPrefix}-share-location`}
        label={t('photos.shareLocation')}
        hint={t('photos.shareLocationHint')}
        checked={value.shareLocation}
        onChange={(shareLocation) => onChange({ ...value, shareLocation })}
      />
    </fieldset>
  );
}

export type PhotoResult = { uploaded: string[]; failed: { name: string; message: string }[] };

/** Sends the photos one by one; a refusal of one does not stop the others. */
export async function sendPhotos(
  files: File[],
  send: (file: File) => Promise<TAttachment>,
): Promise<PhotoResult> {
  const result: PhotoResult = { uploaded: [], failed: [] };
  for (const file of files) {
    try {
      await send(file);
      result.uploaded.push(file.name);
    } catch (error) {
      result.failed.push({ name: file.name, message: errorMessage(error) });
    }
  }
  return result;
}

/** Which photos went with the report (every name), and which did not and why. */
export function PhotoResultNote({ result }: { result: PhotoResult | null }) {
  const { t } = useTranslation();
  if (!result || (result.uploaded.length === 0 && result.failed.length === 0)) return null;
  return (
    <div className="sp-photo-result" data-testid="photo-result">
      {result.uploaded.length > 0 && (
        <Alert
          type="success"
          showIcon
          title={t('photos.uploaded', { count: result.uploaded.length, names: result.uploaded.join('、') })}
        />
      )}
      {result.failed.map((f) => (
        <Alert key={f.name} type="error" showIcon title={t('photos.failed', f)} />
      ))}
    </div>
  );
}
