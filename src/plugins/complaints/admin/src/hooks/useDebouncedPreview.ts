import * as React from 'react';
import { parseApiError, type ApiProblem } from '../lib/errors';
import { useT } from './useT';

/**
 * A live preview rendered on the server: `render(request)` runs after the user paused typing for `delay`
 * ms, and the newest request wins (an older answer arriving late is dropped). A null request renders
 * nothing and keeps the last preview.
 */
export function useDebouncedPreview<Request, Result>(request: Request | null, render: (request: Request) => Promise<Result>, delay = 500) {
  const { locale } = useT();
  const [preview, setPreview] = React.useState<Result | null>(null);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);
  const [isLoading, setLoading] = React.useState(false);
  const key = JSON.stringify(request);
  const renderRef = React.useRef(render);
  renderRef.current = render;

  React.useEffect(() => {
    if (request === null) {
      setLoading(false);
      return;
    }
    let current = true;
    setLoading(true);
    const timer = window.setTimeout(async () => {
      try {
        const rendered = await renderRef.current(request);
        if (!current) return;
        setPreview(rendered);
        setProblem(null);
      } catch (error) {
        if (current) setProblem(parseApiError(error, locale));
      } finally {
        if (current) setLoading(false);
      }
    }, delay);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `key` stands for the request (a new object every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, delay, locale]);

  return { preview, problem, isLoading };
}
