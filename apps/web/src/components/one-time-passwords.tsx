import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../lib/copy-text';
import './one-time-passwords.css';

export type OneTimePassword = { username: string; displayName: string; password: string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A bare page with the table, printed from its own window so nothing else reaches the paper. */
function printPasswords(title: string, heads: string[], rows: OneTimePassword[]) {
  const win = window.open('', '_blank', 'noopener=no,width=800,height=600');
  if (!win) return;
  const cells = (values: string[], tag: 'th' | 'td') =>
    values.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join('');
  win.document.write(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      '<style>body{font:14px sans-serif;margin:24px}table{border-collapse:collapse;width:100%}' +
      'th,td{border:1px solid #000;padding:8px;text-align:left}td:last-child{font:16px monospace}</style></head><body>' +
      `<h1>${escapeHtml(title)}</h1><table><thead><tr>${cells(heads, 'th')}</tr></thead><tbody>` +
      rows.map((r) => `<tr>${cells([r.username, r.displayName, r.password], 'td')}</tr>`).join('') +
      '</tbody></table></body></html>',
  );
  win.document.close();
  win.focus();
  win.print();
}

/**
 * One-time passwords, shown once: a table to read from, Copy all (tab-separated, pastes into
 * Excel) and Print. Nothing here is stored; closing the page loses them for good.
 */
export function OneTimePasswords({ rows, onDone }: { rows: OneTimePassword[]; onDone?: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const heads = [
    t('administration.passwords.username'),
    t('administration.passwords.displayName'),
    t('administration.passwords.password'),
  ];
  const text = [heads, ...rows.map((r) => [r.username, r.displayName, r.password])]
    .map((r) => r.join('\t'))
    .join('\n');
  return (
    <div className="sp-otp" data-testid="one-time-passwords">
      <Alert
        type="warning"
        showIcon
        title={t('administration.passwords.title')}
        description={t('administration.passwords.hint')}
      />
      <div className="sp-otp__scroll">
        <table className="sp-otp__table">
          <thead>
            <tr>
              {heads.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.username}>
                <td>{r.username}</td>
                <td>{r.displayName}</td>
                <td className="sp-otp__password" data-testid={`otp-${r.username}`}>
                  {r.password}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="sp-form-actions">
        <Button icon={<CopyOutlined />} onClick={async () => setCopied(await copyText(text))}>
          {t('administration.passwords.copyAll')}
        </Button>
        <Button
          icon={<PrinterOutlined />}
          onClick={() => printPasswords(t('administration.passwords.printTitle'), heads, rows)}
        >
          {t('administration.passwords.print')}
        </Button>
        {onDone ? (
          <Button type="primary" onClick={onDone} data-testid="otp-done">
            {t('administration.passwords.done')}
          </Button>
        ) : null}
      </div>
      <p role="status" className="sp-otp__status">
        {copied === true
          ? t('administration.passwords.copied')
          : copied === false
            ? t('administration.passwords.copyFailed')
            : ''}
      </p>
    </div>
  );
}
