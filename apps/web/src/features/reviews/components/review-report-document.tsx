import { registryTermsZhCN, type TCampaignReport } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { formatChineseDate } from '../../../lib/format';
import '../../notices/components/notice.css';
import { formatRate } from './review-results';

/** A reviewer's comment inside a sentence of the 通报: without its own closing punctuation. */
const sentence = (text: string) => text.trim().replace(/[。；;.，,\s]+$/u, '');

/**
 * 案卷评查情况通报, laid out like the notice (GB/T 9704-2012): red issuing-office mark, red rule,
 * title, body in 仿宋, a results table, signature and date. The official text is Chinese.
 */
export function ReviewReportDocument({ report }: { report: TCampaignReport }) {
  const { t } = useTranslation();
  const { campaign, results, letterhead } = report;
  const { findings } = report;
  return (
    <article className="sp-notice" aria-label={t('registry.report.docTitle')} data-testid="review-report">
      <header className="sp-notice__masthead">
        <div className="sp-notice__issuer">{letterhead.authorityName}</div>
        <hr className="sp-notice__rule" />
      </header>
      <h1 className="sp-notice__title">关于{campaign.title}情况的通报</h1>
      <p className="sp-notice__addressee">各行政执法单位：</p>
      <p className="sp-notice__para">
        根据《行政执法监督条例》第十五条、第十八条的规定，{letterhead.centerName}对
        {campaign.periodFrom.slice(0, 4)}
        年度行政执法案卷开展了集中评查。评查案卷和评查人员均通过双随机方式抽取（种子承诺值
        {campaign.seedCommitment.slice(0, 16)}
        …，抽取结果已公示），评查人员回避本单位案卷。现将评查情况通报如下：
      </p>
      <h2 className="sp-notice__h">一、总体情况</h2>
      <p className="sp-notice__para">
        共评查案卷{results.total.files}件，其中优秀{results.total.excellent}件、合格{results.total.pass}
        件、不合格{results.total.fail}件
        {results.total.pending > 0 ? `、尚未定档${results.total.pending}件` : ''}，案卷评查合格率
        {formatRate(results.total.passRate)}。
      </p>
      <h2 className="sp-notice__h">二、各单位评查结果</h2>
      <table className="sp-report-table">
        <thead>
          <tr>
            <th scope="col">执法单位</th>
            <th scope="col">案卷数</th>
            <th scope="col">优秀</th>
            <th scope="col">合格</th>
            <th scope="col">不合格</th>
            <th scope="col">合格率</th>
          </tr>
        </thead>
        <tbody>
          {results.byUnit.map((u) => (
            <tr key={u.unitId}>
              <th scope="row">{u.unitName}</th>
              <td>{u.files}</td>
              <td>{u.excellent}</td>
              <td>{u.pass}</td>
              <td>{u.fail}</td>
              <td>{formatRate(u.passRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="sp-notice__h">三、发现的问题</h2>
      {findings.length === 0 ? (
        <p className="sp-notice__para">本次评查未发现不合格案卷。</p>
      ) : (
        <>
          <ol className="sp-report-findings" data-testid="report-findings">
            {findings.map((f) => (
              <li key={f.number}>
                {f.unitName}
                {f.number}（{f.grade ? registryTermsZhCN.grades[f.grade] : '未定档'}
                {f.total !== null ? `，${f.total}分` : ''}）
                {f.vetoFailed.length > 0 ? `。否决项：${f.vetoFailed.join('、')}` : ''}
                {f.comments.length > 0
                  ? `。评查意见：${[...new Set(f.comments.map(sentence))].join('；')}`
                  : ''}
                {f.caseNumber ? `。已立监督案件${f.caseNumber}` : ''}。
              </li>
            ))}
          </ol>
          <p className="sp-notice__para">
            请相关单位对照评查意见认真整改，并于收到本通报之日起15个工作日内书面报告整改情况。
          </p>
        </>
      )}
      <footer className="sp-notice__signature">
        <div className="sp-notice__signature-block">
          <div>{letterhead.authorityName}</div>
          <div className="sp-notice__date">{formatChineseDate(`${report.issuedAt}T12:00:00+08:00`)}</div>
        </div>
      </footer>
    </article>
  );
}
