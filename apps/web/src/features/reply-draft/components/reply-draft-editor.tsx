import { REPLY_DRAFT_KINDS, type ReplyDraftKind, type TReplyDraft } from '@sp/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../../../components/form/choice-fields';
import { TextAreaField } from '../../../components/form/text-fields';
import { SectionCard } from '../../../components/section-card';
import { Loading } from '../../../components/status-views';
import { errorMessage } from '../../../lib/error-message';
import { formatTime } from '../../../lib/format';
import { useReplyDraft } from '../api/get-reply-draft';
import { useSaveReplyDraft } from '../api/save-reply-draft';

const SAVE_DELAY_MS = 800;
type Kind = ReplyDraftKind;

/** The unit's reply, saved as they type (debounced PUT), for the leader to sign later. */
export function ReplyDraftEditor({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const draft = useReplyDraft(caseId);
  const save = useSaveReplyDraft();
  const [kind, setKind] = useState<Kind>(REPLY_DRAFT_KINDS[0]);
  const [text, setText] = useState('');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const loaded = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (loaded.current || draft.isPending) return;
    loaded.current = true;
    if (draft.data) {
      setKind(draft.data.kind);
      setText(draft.data.text);
      setSavedAt(draft.data.updatedAt);
    }
  }, [draft.isPending, draft.data]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const schedule = (next: TReplyDraft) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      save.mutate({ caseId, draft: next }, { onSuccess: (view) => setSavedAt(view.updatedAt) });
    }, SAVE_DELAY_MS);
  };

  if (draft.isPending) return <Loading />;

  const status = save.isPending
    ? t('replyDraft.saving')
    : save.error
      ? t('replyDraft.failed', { error: errorMessage(save.error) })
      : savedAt
        ? t('replyDraft.saved', { time: formatTime(savedAt) })
        : t('replyDraft.notSaved');

  return (
    <SectionCard title={t('replyDraft.title')} testId="reply-draft">
      <RadioGroupField
        id="reply-kind"
        label={t('replyDraft.kind')}
        required
        value={kind}
        choices={REPLY_DRAFT_KINDS.map((k) => ({
          value: k,
          label: t(`replyDraft.kinds.${k}`),
        }))}
        onChange={(value) => {
          setKind(value as Kind);
          schedule({ kind: value as Kind, text });
        }}
      />
      <TextAreaField
        id="reply-text"
        label={t('replyDraft.text')}
        hint={t('replyDraft.hint')}
        required
        rows={8}
        value={text}
        onChange={(value) => {
          setText(value);
          schedule({ kind, text: value });
        }}
      />
      <p
        className={save.error ? 'sp-draft-status sp-draft-status--error' : 'sp-draft-status'}
        role="status"
        data-testid="reply-draft-status"
      >
        {status}
      </p>
    </SectionCard>
  );
}
