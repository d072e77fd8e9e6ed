import { EndpointError, ForbiddenResponseError, UnauthorizedResponseError } from '@vaadin/hilla-frontend';
import { key, translate } from '@vaadin/hilla-react-i18n';
import { Notification } from '@vaadin/react-components/Notification.js';
import { useEffect, type ReactNode } from 'react';

/**
 * How every view reports a failure: problemText turns what a browser-service call threw into a sentence in the
 * user's language, showProblem does so inside a catch, and <Problem> shows it (or a refusal the server returned) as
 * an alert. The server's own exception message is English and meant for its log, so it is never shown.
 */

// What browsers say when fetch never reached the server: Chrome, Firefox, Safari, in that order.
const UNREACHABLE = /failed to fetch|networkerror|load failed/i;

export function problemText(e: unknown): string {
  if (e instanceof UnauthorizedResponseError) return translate(key`problem.signedOut`);
  if (e instanceof ForbiddenResponseError) return translate(key`problem.forbidden`);
  if (e instanceof EndpointError) return translate(key`problem.server`);
  // a TypeError with another message is a fault in the page itself, not the network's
  if (e instanceof TypeError && UNREACHABLE.test(e.message)) return translate(key`problem.unreachable`);
  return translate(key`problem.general`);
}

/**
 * A catch handler: shows the failure in `shown` and goes on with `fallback` (an empty list, say), so the rest of the
 * view stays usable. `.catch(showProblem(problem, []))`.
 */
export function showProblem<T = undefined>(shown: { value: string | undefined }, fallback?: T): (e: unknown) => T {
  return (e) => {
    shown.value = problemText(e);
    return fallback as T;
  };
}

/**
 * A failure where it happened, announced to screen readers; renders nothing while there is none. `as` is the element:
 * a paragraph by default, a div around a list, a span inside a line.
 */
export function Problem({
  id,
  text,
  children,
  as: Element = 'p',
  className,
}: {
  id?: string;
  text?: string | null;
  children?: ReactNode;
  as?: 'p' | 'div' | 'span';
  className?: string;
}) {
  const content = children ?? text;
  if (content === undefined || content === null || content === '' || content === false) return null;
  return (
    <Element role="alert" id={id} className={className ? `problem ${className}` : 'problem'}>
      {content}
    </Element>
  );
}

/**
 * A failure nobody caught (a button's call, a load with no place of its own to show it) still reaches the user, as an
 * assertive error notification in their language: nothing fails silently. The layout installs it once.
 */
export function useUncaughtProblems() {
  useEffect(() => {
    const show = (e: PromiseRejectionEvent) => {
      Notification.show(problemText(e.reason), {
        theme: 'error',
        position: 'bottom-start',
        duration: 8000,
        assertive: true,
        className: 'uncaught-problem',
      });
    };
    window.addEventListener('unhandledrejection', show);
    return () => window.removeEventListener('unhandledrejection', show);
  }, []);
}
