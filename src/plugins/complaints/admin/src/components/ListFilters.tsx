import * as React from 'react';
import { Box, Flex, Searchbar, SingleSelect, SingleSelectOption, Field } from '@strapi/design-system';
import type { Department } from '../../../shared/contracts';
import type { ListFilterState } from '../hooks/useComplaintList';
import { useT } from '../hooks/useT';
import { termFilterChanges, termFilterOptions, termFilterValue } from '../lib/listFilters';
import { STATUSES, STATUSES_OF_STEP } from '../lib/procedure';

interface Props {
  filters: ListFilterState;
  setFilter: (changes: Record<string, string>) => void;
  departments: Department[];
  /** On a step page: the statuses of that step only; elsewhere a step filter too. */
  step?: number;
}

/** Search by reference or name, filter by department, step or status, terms, and (step 6) the committee. */
export const ListFilters = ({ filters, setFilter, departments, step }: Props) => {
  const { t } = useT();
  const [search, setSearch] = React.useState(filters.search);
  // what this box last put in the address: anything else there came from outside (a saved view, a link)
  const pushed = React.useRef(filters.search);

  // Typing stays local; the list reloads when the user pauses.
  React.useEffect(() => {
    if (search === filters.search) return;
    const timer = window.setTimeout(() => {
      pushed.current = search;
      setFilter({ search });
    }, 350);
    return () => window.clearTimeout(timer);
  }, [search, filters.search, setFilter]);

  React.useEffect(() => {
    if (filters.search === pushed.current) return;
    pushed.current = filters.search;
    setSearch(filters.search);
  }, [filters.search]);

  const statuses = step ? STATUSES_OF_STEP[step] : STATUSES;
  const select = (
    name: keyof ListFilterState | 'term',
    label: string,
    options: Array<[string, string]>,
    allLabel: string,
    value = name === 'term' ? '' : String(filters[name] || ''),
    onChange = (next: string) => setFilter({ [name]: next }),
  ) => (
    <Box minWidth="18rem">
      <Field.Root name={`filter-${name}`} id={`filter-${name}`}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect size="S" value={value} onChange={(next) => onChange(String(next))}>
          <SingleSelectOption value="">{allLabel}</SingleSelectOption>
          {options.map(([option, text]) => (
            <SingleSelectOption key={option} value={option}>
              {text}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </Box>
  );

  return (
    <Flex gap={3} wrap="wrap" alignItems="flex-end" paddingBottom={4} role="search" aria-label={t('list.filters')}>
      <Box minWidth="28rem">
        <Field.Root name="search" id="list-search">
          <Field.Label>{t('list.search')}</Field.Label>
          <Searchbar
            name="search"
            size="S"
            value={search}
            clearLabel={t('list.clearSearch')}
            onClear={() => setSearch('')}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
            placeholder={t('list.searchPlaceholder')}
          >
            {t('list.search')}
          </Searchbar>
        </Field.Root>
      </Box>
      {select(
        'departmentId',
        t('list.department'),
        departments.map((d) => [String(d.id), d.name]),
        t('list.allDepartments'),
      )}
      {!step &&
        select(
          'step',
          t('list.step'),
          [1, 2, 3, 4, 5, 6].filter((s) => s !== 1).map((s) => [String(s), t(`step.${s}.nav`)]),
          t('list.allSteps'),
        )}
      {statuses.length > 1 &&
        select(
          'status',
          t('list.status'),
          [...(step ? [] : [['open', t('list.status.open')] as [string, string]]), ...statuses.map((s): [string, string] => [s, t(`status.${s}`)])],
          t('list.allStatuses'),
        )}
      {select(
        'sort',
        t('list.sort'),
        [
          ['received', t('list.sort.received')],
          ['reference', t('list.sort.reference')],
        ],
        t('list.sort.due'),
      )}
      {termFilterOptions(step).length > 0 &&
        select(
          'term',
          t('list.overdue'),
          termFilterOptions(step).map((option): [string, string] => [
            option,
            option === 'expiring' ? t('list.overdue.expiring', { days: filters.expiring || 5 }) : t(`list.overdue.${option}`),
          ]),
          t('list.overdue.none'),
          termFilterValue(filters),
          (value) => setFilter(termFilterChanges(value, filters.expiring)),
        )}
      {step === 6 &&
        select(
          'disputeEligible',
          t('list.dispute'),
          [
            ['true', t('dispute.referred')],
            ['false', t('dispute.notReferred')],
          ],
          t('list.dispute.all'),
        )}
    </Flex>
  );
};
