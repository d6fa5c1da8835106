import { gradeOf, sheetIssues, type TSheet, totalOf } from '@sp/domain';
import { Alert, Button } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '../../../components/form/choice-fields';
import { ErrorSummary } from '../../../components/form/error-summary';
import { NumberField } from '../../../components/form/number-field';
import { TextAreaField } from '../../../components/form/text-fields';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useSubmitSheet } from '../api/scoring';
import { GradeTag } from './grade-tag';

/** Scores per item (within its points), failed veto items, comments; total and grade as you type. */
export function SheetForm({ sheet }: { sheet: TSheet }) {
  const { t } = useTranslation();
  const submitSheet = useSubmitSheet();
  const [scores, setScores] = useState<Record<string, number | null>>(
    Object.fromEntries(sheet.checklist.items.map((i) => [i.key, sheet.scores?.[i.key] ?? null])),
  );
  const [vetoFailed, setVetoFailed] = useState<string[]>(sheet.vetoFailed);
  const [comments, setComments] = useState(sheet.comments ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const filled = Object.fromEntries(
    Object.entries(scores).filter((e): e is [string, number] => e[1] !== null),
  );
  const total = totalOf({ scores: filled, vetoFailed });
  const l = (key: string) => t(`registry.sheet.${key}` as 'registry.sheet.total');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { scores: filled, vetoFailed, comments: comments.trim() || undefined };
    const issues = sheetIssues(sheet.checklist, body);
    setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message.split(' / ')[0] ?? i.message])));
    if (issues.length > 0) return;
    try {
      await submitSheet.mutateAsync({ id: sheet.id, body });
      setOutcome({ ok: true, text: l('submitted') });
    } catch (error) {
      if (isApiError(error))
        setErrors(
          Object.fromEntries(error.fieldErrors.map((e) => [e.path, e.message.split(' / ')[0] ?? e.message])),
        );
      setOutcome({ ok: false, text: errorMessage(error) });
    }
  };

  const summary = sheet.checklist.items
    .filter((i) => errors[`scores.${i.key}`])
    .map((i) => ({ fieldId: `score-${i.key}`, label: i.label, message: errors[`scores.${i.key}`] ?? '' }));
  return (
    <form noValidate onSubmit={submit} aria-label={l('title')} data-testid="sheet-form">
      <ErrorSummary items={summary} />
      {sheet.checklist.items.map((item) => (
        <NumberField
          key={item.key}
          id={`score-${item.key}`}
          label={`${item.label}（${t('registry.campaign.points', { n: item.points })}）`}
          hint={t('registry.sheet.score', { max: item.points })}
          required
          min={0}
          max={item.points}
          value={scores[item.key] ?? null}
          error={errors[`scores.${item.key}`]}
          onChange={(v) => setScores((s) => ({ ...s, [item.key]: v }))}
        />
      ))}
      <CheckboxGroupField
        id="sheet-veto"
        label={l('vetoItems')}
        hint={l('vetoHint')}
        values={vetoFailed}
        onChange={setVetoFailed}
        choices={sheet.checklist.vetoItems.map((v) => ({ value: v.key, label: v.label }))}
      />
      <TextAreaField
        id="sheet-comments"
        label={l('comments')}
        rows={3}
        maxLength={10000}
        value={comments}
        onChange={setComments}
      />
      <p className="sp-score-total" aria-live="polite" data-testid="sheet-total">
        {l('total')}：{total} · {l('grade')}：
        <GradeTag grade={gradeOf(total, vetoFailed.length > 0, sheet.thresholds)} />
      </p>
      {outcome && (
        <Alert
          type={outcome.ok ? 'success' : 'error'}
          showIcon
          role={outcome.ok ? 'status' : 'alert'}
          title={outcome.text}
          className="sp-gap"
        />
      )}
      <div className="sp-form-actions">
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          loading={submitSheet.isPending}
          data-testid="sheet-submit"
        >
          {l('submit')}
        </Button>
      </div>
    </form>
  );
}
