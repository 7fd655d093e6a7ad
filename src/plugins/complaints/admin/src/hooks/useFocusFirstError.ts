import * as React from 'react';
import type { ApiProblem } from '../lib/errors';

/** The design system's select trigger carries no aria-invalid, only `aria-describedby="<id>-error"`; so do lists. */
const INVALID = '[aria-invalid="true"], [aria-describedby$="-error"], [aria-describedby*="-error "]';

/**
 * After the server refused a form, move focus to the first field with an error (or the alert), so
 * keyboard and screen-reader users land where the work is, and a long form scrolls there.
 */
export function useFocusFirstError(problem: ApiProblem | null) {
  React.useEffect(() => {
    if (!problem) return;
    const frame = window.requestAnimationFrame(() => {
      // The first in form order of: inputs marked invalid, and whatever an error describes (selects,
      // checkboxes, the list of persons when the error is about the list as a whole).
      const target = document.querySelector<HTMLElement>(INVALID) ?? document.querySelector<HTMLElement>('[role="alert"]');
      if (!target) return;
      if (!target.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [problem]);
}
