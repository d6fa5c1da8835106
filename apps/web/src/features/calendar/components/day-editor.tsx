import type { TCalendarPreview } from '@sp/domain';
import { Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useApplyDay, usePreviewDay } from '../api/calendar-changes';
import { MovesList } from './moves-list';

type Props = {
  date: string;
  working: boolean;
  note: string;
  onClose: () => void;
  onSaved: (recomputedCases: number) => void;
};

/** Correct one date: choose working or not, preview the moved deadlines, then save. */
export function DayEditor({ date, working: initialWorking, note: initialNote, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [working, setWorking] = useState(initialWorking);
  const [note, setNote] = useState(initialNote);
  const [preview, setPreview] = useState<TCalendarPreview | null>(null);
  const previewDay = usePreviewDay();
  const applyDay = useApplyDay();
  const change = { date, working, note };
  const error = previewDay.error ?? applyDay.error;

  const onOk = async () => {
    if (!preview) {
      setPreview(await previewDay.mutateAsync(change));
      return;
    }
    const result = await applyDay.mutateAsync(change);
    onSaved(result.recomputedCases);
    onClose();
  };

  return (
    <Modal
      open
      title={t('office.calendar.dayTitle', { date })}
      okText={preview ? t('office.calendar.confirm') : t('office.calendar.preview')}
      cancelText={t('common.cancel')}
      onOk={() => void onOk().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={previewDay.isPending || applyDay.isPending}
    >
      <Radio.Group
        value={working}
        onChange={(e) => {
          setWorking(e.target.value);
          setPreview(null);
        }}
        options={[
          { value: true, label: t('office.calendar.working') },
          { value: false, label: t('office.calendar.off') },
        ]}
      />
      <div className="sp-block-label">
        {t('office.calendar.note')}
        <Input
          aria-label={t('office.calendar.note')}
          value={note}
          maxLength={100}
          placeholder={t('office.calendar.notePlaceholder')}
          onChange={(e) => {
            setNote(e.target.value);
            setPreview(null);
          }}
        />
      </div>
      {error && <p className="sp-error-text">{errorMessage(error)}</p>}
      {preview && <MovesList moves={preview.moves} />}
    </Modal>
  );
}
