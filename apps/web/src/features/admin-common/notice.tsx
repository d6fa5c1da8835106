import { Alert } from 'antd';
import { useState } from 'react';

export type NoticeState = { type: 'success' | 'error'; text: string } | null;

/** What the last action did, announced politely (role="status") above the list. */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeState>(null);
  return {
    notice,
    success: (text: string) => setNotice({ type: 'success', text }),
    failure: (text: string) => setNotice({ type: 'error', text }),
    clear: () => setNotice(null),
  };
}

export function NoticeBanner({ notice, onClose }: { notice: NoticeState; onClose: () => void }) {
  return (
    <div role="status" className="sp-admin-notice" data-testid="admin-notice">
      {notice ? <Alert type={notice.type} showIcon title={notice.text} closable={{ onClose }} /> : null}
    </div>
  );
}
