import { type ReactNode, useId } from 'react';
import './section-card.css';

type Props = {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** An anchor to link to (e.g. #case-officers). */
  id?: string;
};

/** A titled white card: a <section> named by its h2, so it is a landmark and a heading. */
export function SectionCard({ title, extra, children, className, testId, id }: Props) {
  const headingId = useId();
  return (
    <section
      id={id}
      className={`sp-card ${className ?? ''}`}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <div className="sp-card__head">
        <h2 className="sp-card__title" id={headingId}>
          {title}
        </h2>
        {extra ? <div className="sp-card__extra">{extra}</div> : null}
      </div>
      <div className="sp-card__body">{children}</div>
    </section>
  );
}

type Item = { label: ReactNode; value: ReactNode; testId?: string };

/** Label/value pairs as a description list. */
export function DetailList({ items }: { items: Item[] }) {
  return (
    <dl className="sp-details">
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered in order
        <div className="sp-details__row" key={i}>
          <dt>{item.label}</dt>
          <dd data-testid={item.testId}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
