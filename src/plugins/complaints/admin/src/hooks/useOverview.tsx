import * as React from 'react';
import { useLocation } from 'react-router-dom';
import type { Overview } from '../../../shared/contracts';
import { queries } from '../api/client';
import { useApiQuery, type QueryState } from './useApiQuery';
import { usePermissions } from './usePermissions';

const OverviewContext = React.createContext<QueryState<Overview> | null>(null);

/**
 * The counts of the overview, shared by the side navigation and the overview page; reloaded on every
 * navigation inside the plugin, so the counts follow the work done.
 */
export function OverviewProvider({ children }: { children: React.ReactNode }) {
  // only for users who may see the procedure (the server answers 403 to the others)
  const { canRead } = usePermissions();
  const query = useApiQuery(canRead ? queries.overview() : null);
  const { pathname } = useLocation();
  const { reload } = query;
  const first = React.useRef(true);
  React.useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [pathname, reload]);
  return <OverviewContext.Provider value={query}>{children}</OverviewContext.Provider>;
}

export function useOverview(): QueryState<Overview> {
  const value = React.useContext(OverviewContext);
  if (!value) throw new Error('useOverview must be used inside OverviewProvider');
  return value;
}
