import { isDraftNotice, NOTICE_WORDING, noticeDeadlineSentence, type TNoticeDocument } from '@sp/domain';
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
  // The letterhead, signature and title come from the office profile (办公设置); a 决定书 is
  // the government's.
  const { profile } = useOfficeProfile();
  const wording = NOTICE_WORDING[notice.instrument];
  const decision = notice.instrument === 'DECISION';
  const authorityName = decision ? profile.governmentName : profile.authorityName;
  const centerName = decision ? profile.authorityName : profile.centerName;
  return (
    <article className="sp-notice" aria-label={t('notice.documentLabel')} data-testid="notice-document">
      {draft && (
        <div className="sp-notice__draft-mark" aria-hidden="true">
          {t('notice.draftMark')}
        </div>
      )}
      {notice.standing && notice.standing !== 'IN_FORCE' && (
        // 已撤销 / 已被替代 / 已办结 across the page, printed too: it no longer binds as it stands.
        <div
          className={`sp-notice__watermark sp-notice__watermark--${notice.standing.toLowerCase()}`}
          data-testid="notice-watermark"
        >
          {t(`notice.standing.${notice.standing}`)}
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
        {profile.instruments[notice.instrument].title}
      </h1>
      <p className="sp-notice__addressee" data-testid="notice-addressee">
        {notice.unitName}：
      </p>
      <p className="sp-notice__para" data-testid="notice-opening">
        {decision
          ? `${centerName}提请本级人民政府对你单位作出行政执法监督决定。`
          : `本机关（${centerName}）对反映你单位的行政执法问题进行了调查核实。`}
        {wording.opening}
      </p>
      <h2 className="sp-notice__h">一、{wording.facts}</h2>
      <Paragraphs text={notice.findings} />
      <h2 className="sp-notice__h">二、法律依据</h2>
      <Paragraphs text={notice.legalBasis} />
      <h2 className="sp-notice__h">三、{wording.demand}</h2>
      <Paragraphs text={notice.requiredRectification} />
      <h2 className="sp-notice__h">四、整改期限</h2>
      <p className="sp-notice__para" data-testid="notice-due">
        {noticeDeadlineSentence(notice)}
        {wording.consequence}
      </p>
      {wording.objection && <p className="sp-notice__para">{wording.objection}</p>}
      <footer className="sp-notice__signature">
        <div className="sp-notice__signature-block">
          <div>{authorityName}</div>
          {!decision && <div>{centerName}</div>}
          <div className="sp-notice__date" data-testid="notice-date">
            {formatChineseDate(notice.issuedAt) || '　　年　月　日'}
          </div>
        </div>
      </footer>
    </article>
  );
}
