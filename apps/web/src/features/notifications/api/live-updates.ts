import { ZCaseChangeEvent } from '@sp/domain';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { caseKeys } from '../../cases/api/query-keys';
import { notificationKeys } from './notifications';

// GET /api/events/stream: the signed-in user's live updates. A `case` event refreshes every
// page showing that case or a list of cases; a `notification` event refreshes the inbox and
// the menu badge. EventSource reconnects by itself after a dropped connection; when it gives up
// (the server answered an error), we open a new one after a growing pause.

const STREAM = '/api/events/stream';
const MAX_BACKOFF_MS = 30_000;

export function applyLiveEvent(client: QueryClient, event: string, data: string) {
  if (event === 'resync') {
    // the server may have missed changes: whatever is shown is refetched
    void client.invalidateQueries({ queryKey: caseKeys.all });
    void client.invalidateQueries({ queryKey: notificationKeys.all });
    void client.invalidateQueries({ queryKey: ['stats'] });
    return;
  }
  if (event === 'notification') {
    void client.invalidateQueries({ queryKey: notificationKeys.all });
    return;
  }
  if (event !== 'case') return;
  const parsed = ZCaseChangeEvent.safeParse(JSON.parse(data));
  if (!parsed.success) return;
  const { id } = parsed.data;
  void client.invalidateQueries({ queryKey: caseKeys.detail(id) });
  void client.invalidateQueries({ queryKey: caseKeys.events(id) });
  void client.invalidateQueries({ queryKey: caseKeys.lists() });
  void client.invalidateQueries({ queryKey: ['stats'] });
}

/** Keeps one live stream open while the signed-in app is shown. */
export function useLiveUpdates(enabled = true) {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let backoff = 1000;
    let stopped = false;

    const open = () => {
      source = new EventSource(STREAM, { withCredentials: true });
      source.onopen = () => {
        backoff = 1000;
      };
      for (const name of ['case', 'notification', 'resync'])
        source.addEventListener(name, (e) => {
          try {
            applyLiveEvent(client, name, (e as MessageEvent<string>).data);
          } catch {
            // a malformed event changes nothing
          }
        });
      source.onerror = () => {
        if (stopped || source?.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(open, backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        // Whatever changed while we were away: refetch what is shown.
        void client.invalidateQueries({ queryKey: notificationKeys.all });
      };
    };
    open();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [client, enabled]);
}
