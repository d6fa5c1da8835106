import type { TCircular } from '@sp/domain';
import { formatChineseDate } from '../../../lib/format';
import '../../notices/components/notice.css';

/** The 通报 in the notice's GB/T 9704-like layout (red masthead, number, rule, title, body, signature). */
export function CircularDocument({ circular }: { circular: TCircular }) {
  return (
    <article className="sp-notice" aria-label={circular.title} data-testid="circular-document">
      {circular.status === 'DRAFT' && (
        <div className="sp-notice__draft-mark" aria-hidden="true">
          草稿
        </div>
      )}
      <header className="sp-notice__masthead">
        <div className="sp-notice__issuer">{circular.authorityName}</div>
        <div className="sp-notice__number">{circular.number ?? '监督通报〔　〕　号'}</div>
        <hr className="sp-notice__rule" />
      </header>
      <h1 className="sp-notice__title">{circular.title}</h1>
      {circular.body.split(/\n{2,}/u).map((para, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
        <p key={i} className="sp-notice__para" style={{ whiteSpace: 'pre-line' }}>
          {para}
        </p>
      ))}
      <footer className="sp-notice__signature">
        <div className="sp-notice__signature-block">
          <div>{circular.authorityName}</div>
          <div className="sp-notice__date">{formatChineseDate(circular.issuedAt) || '　　年　月　日'}</div>
        </div>
      </footer>
    </article>
  );
}
