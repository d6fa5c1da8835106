import { isDraftNotice, type TNoticeDocument } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { formatChineseDate } from '../../../lib/format';
import { useOfficeProfile } from '../../office/api/get-office-profile';
import './notice.css';

export type NoticeContent = TNoticeDocument;

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
          <p key={i} className="sp-notice__para">
            {p.trim()}
          </p>
        ))}
    </>
  );
}

/**
 * 行政执法监督通知书, laid out after GB/T 9704-2012 (党政机关公文格式): red issuing-office mark,
 * document number, red rule, title in 小标宋, addressee, body in 仿宋 3号, signature and date.
 * The official text is Chinese whatever the interface language.
 */
export function NoticeDocument({ notice }: { notice: NoticeContent }) {
  const { t } = useTranslation();
  const draft = isDraftNotice(notice);
  const dueDate = formatChineseDate(notice.dueAt);
  const days = String(notice.deadlineWorkingDays);
  // The letterhead, signature and title come from the office profile (办公设置).
  const { profile } = useOfficeProfile();
  const { authorityName, centerName } = profile;
  return (
    <article className="sp-notice" aria-label={t('notice.documentLabel')} data-testid="notice-document">
      {draft && (
        <div className="sp-notice__draft-mark" aria-hidden="true">
          {t('notice.draftMark')}
        </div>
      )}
      <header className="sp-notice__masthead">
        <div className="sp-notice__issuer" data-testid="notice-issuer">
          {authorityName}
        </div>
        <div className="sp-notice__number" data-testid="notice-number">
          {notice.number ?? t('notice.numberPending')}
        </div>
        <hr className="sp-notice__rule" />
      </header>
      <h1 className="sp-notice__title" data-testid="notice-title">
        {profile.instruments.NOTICE.title}
      </h1>
      <p className="sp-notice__addressee" data-testid="notice-addressee">
        {notice.unitName}：
      </p>
      <p className="sp-notice__para">
        本机关（{centerName}
        ）对反映你单位的行政执法问题进行了调查核实。根据《行政执法监督条例》的规定，现将有关事项通知如下：
      </p>
      <h2 className="sp-notice__h">一、调查认定的事实</h2>
      <Paragraphs text={notice.findings} />
      <h2 className="sp-notice__h">二、法律依据</h2>
      <Paragraphs text={notice.legalBasis} />
      <h2 className="sp-notice__h">三、整改要求</h2>
      <Paragraphs text={notice.requiredRectification} />
      <h2 className="sp-notice__h">四、整改期限</h2>
      <p className="sp-notice__para" data-testid="notice-due">
        {dueDate
          ? `请于${dueDate}前（${days}个工作日内）将整改落实情况书面报告本机关，整改报告须经你单位主要领导签发。`
          : `请自收到本通知书之日起${days}个工作日内将整改落实情况书面报告本机关，整改报告须经你单位主要领导签发。`}
        逾期未报告或者未落实整改的，本机关将依规移送纪检监察机关处理。
      </p>
      <p className="sp-notice__para">对本通知书有异议的，可在上述期限内经你单位主要领导签发后书面提出。</p>
      <footer className="sp-notice__signature">
        <div className="sp-notice__signature-block">
          <div>{authorityName}</div>
          <div>{centerName}</div>
          <div className="sp-notice__date" data-testid="notice-date">
            {formatChineseDate(notice.issuedAt) || '　　年　月　日'}
          </div>
        </div>
      </footer>
    </article>
  );
}
