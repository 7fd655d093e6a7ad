import * as React from 'react';
import type { ApiQuery } from '../api/client';
import { parseApiError, type ApiProblem } from '../lib/errors';
import { useAdminClient } from './useAdminClient';
import { useT } from './useT';

export interface QueryState<T> {
  data: T | undefined;
  problem: ApiProblem | null;
  isLoading: boolean;
  /** Load again (after an action changed the data). */
  reload: () => void;
}

/**
 * Runs a read of the admin API (`queries.*` of api/client.ts). A null query skips the request (e.g. missing
 * permission). A newer request wins: an older answer arriving late is dropped.
 */
export function useApiQuery<T>(query: ApiQuery<T> | null): QueryState<T> {
  const client = useAdminClient();
  const { locale } = useT();
  const [state, setState] = React.useState<{ data: T | undefined; problem: ApiProblem | null; isLoading: boolean }>({
    data: undefined,
    problem: null,
    isLoading: query !== null,
  });
  const [version, setVersion] = React.useState(0);
  const path = query?.path ?? null;
  const paramsKey = JSON.stringify(query?.params ?? {});
  // The query is a new object every render; `path` and `paramsKey` say when it is another one.
  const latest = React.useRef(query);
  latest.current = query;
  const lastPath = React.useRef<string | null>(null);

  React.useEffect(() => {
    const current = latest.current;
    if (path === null || current === null) {
      setState({ data: undefined, problem: null, isLoading: false });
      return;
    }
    let fresh = true;
    // Another resource (another dossier): never show the previous one's data while loading.
    const sameResource = lastPath.current === path;
    lastPath.current = path;
    setState((previous) => ({ data: sameResource ? previous.data : undefined, problem: sameResource ? previous.problem : null, isLoading: true }));
    client
      .read(current)
      .then((data) => fresh && setState({ data, problem: null, isLoading: false }))
      .catch((error) => fresh && setState((previous) => ({ data: previous.data, problem: parseApiError(error, locale), isLoading: false })));
    return () => {
      fresh = false;
    };
  }, [client, path, paramsKey, version, locale]);

  const reload = React.useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
