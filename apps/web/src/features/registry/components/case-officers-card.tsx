import { canCiteOfficers, type TCaseOfficer, type TCaseOfficers, type TUser } from '@sp/domain';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/text-fields';
import { SectionCard } from '../../../components/section-card';
import { QueryView } from '../../../components/status-views';
import { errorMessage } from '../../../lib/error-message';
import { useCaseOfficers, useOfficerCandidates, useSaveCaseOfficers } from '../api/case-officers';
import { OfficerStatusTag } from './officer-status-tag';
import './registry.css';

/** Why this officer's certificate was not valid on the act's date, in the reader's language. */
function useReasonText() {
  const { t } = useTranslation();
  return (o: TCaseOfficer, date: string) =>
    o.uncertifiedReason
      ? t(`registry.terms.uncertifiedReasons.${o.uncertifiedReason}`, {
          date,
          validFrom: o.validFrom,
          validUntil: o.validUntil,
        })
      : '';
}

/** The red flag: which officers were not certified on the act's date, and why. */
function UncertifiedFlag({ data }: { data: TCaseOfficers }) {
  const { t } = useTranslation();
  const reason = useReasonText();
  const flagged = data.officers.filter((o) => o.uncertifiedReason !== null);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="uncertified-flag"
      title={t('registry.caseOfficers.flag')}
      description={
        <>
          <p className="sp-case-officers__explain">{t('registry.caseOfficers.flagExplain')}</p>
          <ul className="sp-case-officers__reasons">
            {flagged.map((o) => (
              <li key={o.id}>
                {o.name}（{o.certificateNo}）：{reason(o, data.actDate)}
              </li>
            ))}
          </ul>
          <p className="sp-muted">
            {t(`registry.terms.actDateBases.${data.actDateBasis}`, { date: data.actDate })}
          </p>
        </>
      }
    />
  );
}

function OfficerItem({ officer }: { officer: TCaseOfficer }) {
  const { t } = useTranslation();
  return (
    <li
      className="sp-case-officers__item"
      data-testid="case-officer"
      data-flagged={officer.uncertifiedReason !== null}
    >
      <div className="sp-case-officers__head">
        <strong>{officer.name}</strong>
        {officer.uncertifiedReason && (
          <span className="sp-officer-status sp-officer-status--revoked">
            {t('registry.caseOfficers.officerFlag')}
          </span>
        )}
      </div>
      <div className="sp-muted">
        {officer.unitName} · {t('registry.caseOfficers.certificateNo')} {officer.certificateNo}
      </div>
      <div className="sp-muted">
        {t('registry.caseOfficers.validity', { from: officer.validFrom, to: officer.validUntil })} ·{' '}
        {t('registry.caseOfficers.statusNow')} <OfficerStatusTag status={officer.status} />
      </div>
    </li>
  );
}

export type ChosenOfficer = Pick<TCaseOfficer, 'id' | 'name' | 'certificateNo' | 'unitName'>;

/** Pick officers by name or certificate number; the chosen ones in order, each removable. */
export function OfficerPicker({
  idPrefix,
  chosen,
  onChange,
}: {
  idPrefix: string;
  chosen: ChosenOfficer[];
  onChange: (chosen: ChosenOfficer[]) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const candidates = useOfficerCandidates({ q: q.trim() }, q.trim().length > 0);
  const shown = (candidates.data ?? []).filter((c) => !chosen.some((o) => o.id === c.id));
  return (
    <div className="sp-officer-picker">
      {chosen.length > 0 && (
        <ul className="sp-case-officers__chosen" aria-label={t('registry.caseOfficers.chosen')}>
          {chosen.map((o) => (
            <li key={o.id}>
              <span>
                {o.name}（{o.certificateNo}）
              </span>
              <Button size="small" onClick={() => onChange(chosen.filter((x) => x.id !== o.id))}>
                {t('registry.caseOfficers.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        id={`${idPrefix}-officer-search`}
        type="search"
        label={t('registry.caseOfficers.pick')}
        hint={t('registry.caseOfficers.pickHint')}
        value={q}
        maxLength={60}
        onChange={setQ}
      />
      {shown.length > 0 && (
        <ul className="sp-case-officers__candidates" data-testid="officer-candidates">
          {shown.map((c) => (
            <li key={c.id}>
              <span>
                {c.name}（{c.certificateNo}）· {c.unitName} <OfficerStatusTag status={c.status} />
              </span>
              <Button size="small" onClick={() => onChange([...chosen, c])}>
                {t('registry.common.add')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function OfficersEditor({ data, onDone }: { data: TCaseOfficers; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ChosenOfficer[]>(data.officers);
  const save = useSaveCaseOfficers(data.caseId);
  const submit = async () => {
    try {
      await save.mutateAsync({ version: data.version, officerIds: chosen.map((o) => o.id) });
      onDone(true);
    } catch {
      // shown below from save.error
    }
  };
  return (
    <div className="sp-case-officers__editor" data-testid="case-officers-editor">
      <OfficerPicker idPrefix="case" chosen={chosen} onChange={setChosen} />
      {save.error && <Alert type="error" showIcon title={errorMessage(save.error)} />}
      <div className="sp-case-officers__buttons">
        <Button type="primary" loading={save.isPending} onClick={submit}>
          {t('registry.caseOfficers.save')}
        </Button>
        <Button onClick={() => onDone(false)}>{t('registry.caseOfficers.cancel')}</Button>
      </div>
    </div>
  );
}

/** 涉案执法人员 on the case page: who acted, each checked on the act's date, flagged if not certified. */
export function CaseOfficersCard({ caseId, user }: { caseId: string; user: TUser }) {
  const { t } = useTranslation();
  const query = useCaseOfficers(caseId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const mayEdit = canCiteOfficers({ kind: 'user', id: user.id, role: user.role, unitId: user.unitId });
  return (
    <SectionCard
      title={t('registry.caseOfficers.title')}
      testId="case-officers"
      id="case-officers"
      extra={
        mayEdit && !editing ? (
          <Button
            size="small"
            onClick={() => {
              setEditing(true);
              setSaved(false);
            }}
          >
            {t('registry.caseOfficers.edit')}
          </Button>
        ) : undefined
      }
    >
      <QueryView query={query}>
        {(data) => (
          <>
            {data.uncertified && <UncertifiedFlag data={data} />}
            {saved && (
              <p role="status" className="sp-muted">
                {t('registry.caseOfficers.saved')}
              </p>
            )}
            {editing ? (
              <OfficersEditor
                data={data}
                onDone={(ok) => {
                  setEditing(false);
                  setSaved(ok);
                }}
              />
            ) : data.officers.length === 0 ? (
              <p className="sp-muted">{t('registry.caseOfficers.empty')}</p>
            ) : (
              <ul className="sp-case-officers">
                {data.officers.map((o) => (
                  <OfficerItem key={o.id} officer={o} />
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </SectionCard>
  );
}

/** Beside the case's state in its header: a red tag when a cited officer was not certified. */
export function UncertifiedOfficerTag({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useCaseOfficers(caseId);
  if (!query.data?.uncertified) return null;
  return (
    <a
      href="#case-officers"
      className="sp-officer-status sp-officer-status--revoked"
      data-testid="uncertified-tag"
    >
      {t('registry.caseOfficers.flag')}
    </a>
  );
}
