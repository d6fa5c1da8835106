import { type Instrument, isDraftNotice, type TNoticeDocument } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { formatChineseDate } from '../../../lib/format';
import { useOfficeProfile } from '../../office/api/get-office-profile';
import './notice.css';

export type NoticeContent = TNoticeDocument;

/**
 * The wording of each instrument (条例 arts. 26–29): the article it rests on, its opening, its
 * headings and what follows if it is ignored. NOTICE keeps the local 通知书 wording.
 */
const WORDING: Record<
  Instrument,
  { opening: string; facts: string; demand: string; consequence: string; objection: string }
> = {
  NOTICE: {
    opening: '根据《行政执法监督条例》的规定，现将有关事项通知如下：',
    facts: '调查认定的事实',
    demand: '整改要求',
    consequence: '逾期未报告或者未落实整改的，本机关将依规移送纪检监察机关处理。',
    objection: '对本通知书有异议的，可在上述期限内经你单位主要领导签发后书面提出。',
  },
  URGING_LETTER: {
    opening:
      '经查，你单位存在不履行或者拖延履行法定职责的情形。根据《行政执法监督条例》第二十七条的规定，现督促你单位依法履行职责：',
    facts: '未履行职责的事实',
    demand: '督办要求',
    consequence:
      '逾期不履行的，本机关将依照《行政执法监督条例》第二十九条提请本级人民政府作出行政执法监督决定书，或者依规移送有关机关处理。',
    objection: '对本督办函有异议的，可在规定期限内经你单位主要领导签发后书面提出。',
  },
  OPINION: {
    opening:
      '经查，你单位的行政执法行为存在违法或者明显不当的情形。根据《行政执法监督条例》第二十八条的规定，提出如下监督意见：',
    facts: '违法或者明显不当的事实',
    demand: '纠正意见',
    consequence:
      '逾期不纠正的，本机关将依照《行政执法监督条例》第二十九条提请本级人民政府作出行政执法监督决定书，或者依规移送有关机关处理。',
    objection: '对本意见书有异议的，可在规定期限内经你单位主要领导签发后书面提出。',
  },
  DECISION: {
    opening:
      '你单位收到监督文书后拒不纠正。根据《行政执法监督条例》第二十九条的规定，经本级人民政府决定如下：',
    facts: '认定的事实和理由',
    demand: '决定事项',
    consequence: '逾期不执行本决定的，将依规移送纪检监察机关追究责任。',
    objection: '',
  },
};

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
  const calendar = notice.deadlineCalendarDays !== null;
  const days = `${calendar ? notice.deadlineCalendarDays : notice.deadlineWorkingDays}${calendar ? '日' : '个工作日'}`;
  // The letterhead, signature and title come from the office profile (办公设置); a 决定书 is
  // the government's.
  const { profile } = useOfficeProfile();
  const wording = WORDING[notice.instrument];
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
        {dueDate
          ? `请于${dueDate}前（${days}内）将整改落实情况书面报告本机关，整改报告须经你单位主要领导签发。`
          : `请自收到之日起${days}内将整改落实情况书面报告本机关，整改报告须经你单位主要领导签发。`}
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
