import * as React from 'react';
import type { ApiProblem } from '../lib/errors';

/**
 * After the server refused a form, move focus to the first field with an error (or the alert), so
 * keyboard and screen-reader users land where the work is, and a long form scrolls there.
 */
export function useFocusFirstError(problem: ApiProblem | null) {
  React.useEffect(() => {
    if (!problem) return;
    const frame = window.requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.querySelector<HTMLElement>('[role="alert"]');
      if (!target) return;
      if (!target.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [problem]);
}
