import { CopyOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { copyText } from '../../../lib/copy-text';

/** The tracking code, large and selectable, with a copy button and the way to follow progress. */
export function TrackingCodeCard({ code }: { code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <section className="sp-panel sp-tracking-code" aria-labelledby="tracking-title">
      <h2 id="tracking-title">{t('public.successTitle')}</h2>
      <p id="tracking-code-label">{t('public.codeLabel')}</p>
      <output
        className="sp-tracking-code__value"
        data-testid="tracking-code"
        aria-labelledby="tracking-code-label"
      >
        <TrackingCodeGroups code={code} />
      </output>
      <p className="sp-muted">{t('public.codeHint')}</p>
      <div className="sp-form-actions">
        <Button
          icon={<CopyOutlined />}
          size="large"
          onClick={async () => setCopied(await copyText(code))}
          data-testid="copy-tracking-code"
        >
          {t('common.copy')}
        </Button>
        <Link className="sp-button-link" to={`/public/track?code=${encodeURIComponent(code)}`}>
          {t('public.goTrack')}
        </Link>
      </div>
      <p role="status" className="sp-copy-status">
        {copied === true ? t('common.copied') : copied === false ? t('public.copyFailed') : ''}
      </p>
    </section>
  );
}

/** The code in its dash-separated groups: a line may break after a dash, never inside a group. */
export function TrackingCodeGroups({ code }: { code: string }) {
  const groups = code.split('-');
  return groups.map((group, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the groups are positional
    <span key={i} className="sp-tracking-code__group">
      {group}
      {i < groups.length - 1 ? '-' : ''}
    </span>
  ));
}
