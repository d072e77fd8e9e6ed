import { signal } from '@vaadin/hilla-react-signals';
import { useEffect } from 'react';
import { InboxBrowserService } from 'Frontend/generated/endpoints';
import type Inbox from 'Frontend/generated/id/meritasn/inbox/InboxService/Inbox';

/**
 * The signed-in user's inbox, shared by the navigation's badge and the home page. It is read again every few seconds
 * and on every change of view, so a task another user's action creates or closes shows without a reload.
 */
export const inbox = signal<Inbox | undefined>(undefined);

const EVERY_MS = 15_000;

export async function refreshInbox() {
  try {
    inbox.value = await InboxBrowserService.inbox();
  } catch {
    // signed out or the server is away: keep what was shown; the next round tries again
  }
}

/** Keeps the inbox current while a signed-in user's layout is shown. */
export function useInboxUpdates(signedIn: boolean, path: string) {
  useEffect(() => {
    if (!signedIn) {
      inbox.value = undefined;
      return;
    }
    refreshInbox();
    const timer = setInterval(refreshInbox, EVERY_MS);
    return () => clearInterval(timer);
  }, [signedIn, path]);
}
