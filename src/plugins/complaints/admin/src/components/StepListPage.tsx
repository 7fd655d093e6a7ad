import * as React from 'react';
import { Box } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { ComplaintSummary } from '../../../shared/contracts';
import { useComplaintList } from '../hooks/useComplaintList';
import { useLookups } from '../hooks/useLookups';
import { useOverview } from '../hooks/useOverview';
import { STATUSES_OF_STEP } from '../lib/procedure';
import { BulkActions, type BulkOption } from './BulkActions';
import { ComplaintTable, type ExtraColumn, type RowSelection } from './ComplaintTable';
import { ListFilters } from './ListFilters';
import { ListPagination } from './ListPagination';
import { ProblemAlert } from './ProblemAlert';
import { SavedViews } from './SavedViews';
import { FILTER_KEYS } from '../lib/listFilters';
import type { ListPage } from '../../../shared/contracts';

interface Props {
  step?: number;
  /** "Mijn klachten": the user's own and their departments' unassigned open complaints. */
  mine?: boolean;
  title: string;
  subtitle: string;
  term: 'acknowledgement' | 'handling';
  emptyText: string;
  extraColumns?: ExtraColumn[];
  /** Inline actions of a row; `refresh` reloads the list and the counts after one ran. */
  actions?: (row: ComplaintSummary, refresh: () => void) => React.ReactNode;
  /** Shown between the filters and the table (e.g. the composer's hint). */
  intro?: React.ReactNode;
  primaryAction?: React.ReactNode;
  defaultPageSize?: number;
  /** The order of the page's rows (step 5: overdue agreements first). */
  orderRows?: (rows: ComplaintSummary[]) => ComplaintSummary[];
  /** Rendered after the list, with the list's refresh (a dialog that outlives the row it was opened from). */
  after?: (refresh: () => void) => React.ReactNode;
  /** Defaults to: only when the list can hold more than one status. */
  showStatus?: boolean;
  /** Actions on several selected rows at once; without them the rows have no checkboxes. */
  bulk?: BulkOption[];
}

/** The frame of every list page: header, filters in the address, the table, pages. */
export const StepListPage = ({
  step,
  mine,
  title,
  subtitle,
  term,
  emptyText,
  extraColumns,
  actions,
  intro,
  primaryAction,
  defaultPageSize,
  orderRows,
  after,
  showStatus,
  bulk,
}: Props) => {
  const list = useComplaintList({ ...(step ? { step } : {}), ...(mine ? { mine } : {}) }, defaultPageSize);
  const lookups = useLookups();
  const overview = useOverview();
  const { reload } = list;
  const refresh = React.useCallback(() => {
    reload();
    overview.reload();
  }, [reload, overview]);
  const rows = list.data?.results && orderRows ? orderRows(list.data.results) : list.data?.results;
  const selection = useRowSelection(rows);
  const listPage: ListPage = mine ? 'mine' : step ? (`step-${step}` as ListPage) : 'complaints';
  // what a saved view keeps: the filters in the address (a step page's own step is not one of them)
  const viewKeys = FILTER_KEYS.filter((key) => !(step && key === 'step'));
  const savedFilters = Object.fromEntries(viewKeys.map((key) => [key, String(list.filters[key] ?? '')]).filter(([, value]) => value));

  return (
    <Page.Main aria-busy={list.isLoading}>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} />
      <Layouts.Content>
        <ListFilters filters={list.filters} setFilter={list.setFilter} departments={lookups.data?.departments ?? []} step={step} />
        <SavedViews
          page={listPage}
          filters={savedFilters}
          apply={(filters) => list.setFilter(Object.fromEntries(viewKeys.map((key) => [key, filters[key] ?? ''])))}
        />
        <ProblemAlert problem={list.problem} />
        {intro}
        {bulk && rows && (
          <BulkActions
            rows={rows}
            selected={selection.selected}
            options={bulk}
            onClear={() => selection.toggleAll(false)}
            onDone={(doneIds) => {
              for (const id of doneIds) selection.toggle(id, false);
              refresh();
            }}
          />
        )}
        <Box>
          <ComplaintTable
            rows={rows}
            isLoading={list.isLoading}
            term={term}
            showStatus={showStatus ?? (!step || STATUSES_OF_STEP[step].length > 1)}
            extraColumns={extraColumns}
            actions={actions ? (row) => actions(row, refresh) : undefined}
            emptyText={emptyText}
            selection={bulk?.length ? selection : undefined}
          />
        </Box>
        <ListPagination pagination={list.data?.pagination} />
        {after?.(refresh)}
      </Layouts.Content>
    </Page.Main>
  );
};

/** Which rows of the page are selected; a row that leaves the page (done, another page) leaves the selection. */
function useRowSelection(rows: ComplaintSummary[] | undefined): RowSelection {
  const [selected, setSelected] = React.useState<ReadonlySet<number>>(new Set());
  const ids = (rows ?? []).map((row) => row.id).join(',');
  React.useEffect(() => {
    const here = new Set(ids ? ids.split(',').map(Number) : []);
    setSelected((previous) => {
      const kept = [...previous].filter((id) => here.has(id));
      return kept.length === previous.size ? previous : new Set(kept);
    });
  }, [ids]);
  const toggle = React.useCallback(
    (id: number, on: boolean) =>
      setSelected((previous) => {
        const next = new Set(previous);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const toggleAll = React.useCallback((on: boolean) => setSelected(on ? new Set(ids ? ids.split(',').map(Number) : []) : new Set()), [ids]);
  return { selected, toggle, toggleAll };
}
