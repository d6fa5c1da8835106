import type { TSheet } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../components/section-card';

/** The reviewed file's reference: number, unit, kind, decision date, its documents. */
export function CaseFileFacts({ file }: { file: TSheet['caseFile'] }) {
  const { t } = useTranslation();
  const l = (key: string) => t(`registry.sheet.${key}` as 'registry.sheet.unit');
  return (
    <DetailList
      items={[
        { label: l('caseFile'), value: file.number, testId: 'case-file-number' },
        { label: l('unit'), value: file.unitName },
        { label: l('kind'), value: t(`registry.terms.caseFileKinds.${file.kind}`) },
        { label: l('decisionDate'), value: file.decisionDate },
        { label: l('attachments'), value: file.attachments.join('、') || '—' },
      ]}
    />
  );
}
