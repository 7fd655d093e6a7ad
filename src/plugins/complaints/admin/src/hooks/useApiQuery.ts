import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { parseApiError, type ApiProblem } from '../lib/errors';
import { toQueryString } from '../lib/query';
import { useT } from './useT';

export interface QueryState<T> {
  data: T | undefined;
  problem: ApiProblem | null;
  isLoading: boolean;
  /** Load again (after an action changed the data). */
  reload: () => void;
}

/**
 * GET an admin route and unwrap `{ data }`. `url` null skips the request (e.g. missing permission).
 * A newer request wins: an older answer arriving late is dropped.
 */
export function useApiQuery<T>(url: string | null, params?: Record<string, unknown>): QueryState<T> {
  const { get } = useFetchClient();
  const { locale } = useT();
  const [state, setState] = React.useState<{ data: T | undefined; problem: ApiProblem | null; isLoading: boolean }>({
    data: undefined,
    problem: null,
    isLoading: url !== null,
  });
  const [version, setVersion] = React.useState(0);
  const paramsKey = JSON.stringify(params ?? {});
  const lastUrl = React.useRef<string | null>(null);

  React.useEffect(() => {
    if (url === null) {
      setState({ data: undefined, problem: null, isLoading: false });
      return;
    }
    let current = true;
    // Another resource (another dossier): never show the previous one's data while loading.
    const sameResource = lastUrl.current === url;
    lastUrl.current = url;
    setState((previous) => ({ data: sameResource ? previous.data : undefined, problem: sameResource ? previous.problem : null, isLoading: true }));
    const query = toQueryString(JSON.parse(paramsKey));
    get<{ data: T }>(query ? `${url}?${query}` : url)
      .then((response) => current && setState({ data: response.data.data, problem: null, isLoading: false }))
      .catch((error) => current && setState((previous) => ({ data: previous.data, problem: parseApiError(error, locale), isLoading: false })));
    return () => {
      current = false;
    };
  }, [get, url, paramsKey, version, locale]);

  const reload = React.useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
