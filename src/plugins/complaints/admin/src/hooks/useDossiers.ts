import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Dossier } from '../api/types';

/**
 * The dossiers of a few complaints of the current list page (agreements, hearing), loaded in parallel.
 * The list answer has no agreements or hearing; a page holds at most a few dozen rows.
 */
export function useDossiers(ids: number[], stamp?: unknown) {
  const { get } = useFetchClient();
  const [dossiers, setDossiers] = React.useState<Record<number, Dossier>>({});
  const [version, setVersion] = React.useState(0);
  const key = ids.join(',');

  React.useEffect(() => {
    if (!key) return;
    let current = true;
    Promise.all(
      key.split(',').map((id) =>
        get<{ data: Dossier }>(`/complaints/complaints/${id}`)
          .then((r) => r.data.data)
          .catch(() => null),
      ),
    ).then((loaded) => {
      if (!current) return;
      setDossiers(Object.fromEntries(loaded.filter((d): d is Dossier => d !== null).map((d) => [d.complaint.id, d])));
    });
    return () => {
      current = false;
    };
    // `stamp`: the list's data; a reloaded list reloads its dossiers too.
  }, [get, key, version, stamp]);

  const reload = React.useCallback(() => setVersion((v) => v + 1), []);
  /** Replace one dossier with the fresh one an action answered with. */
  const update = React.useCallback((dossier: Dossier) => setDossiers((previous) => ({ ...previous, [dossier.complaint.id]: dossier })), []);
  return { dossiers, reload, update };
}
