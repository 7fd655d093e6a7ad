import * as React from 'react';
import { Badge, Checkbox, EmptyStateLayout, Flex, Link, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { ComplaintSummary } from '../../../shared/contracts';
import { useT } from '../hooks/useT';
import { formatShortDate } from '../lib/dates';
import { dossierPath } from '../pluginId';
import { DialogHost } from './ActionModal';
import { StatusBadge } from './StatusBadge';
import { TermBadge } from './TermBadge';

/** The design system's tables never wrap; these cells may, so a list fits a 1280 px screen. */
const WRAP = { whiteSpace: 'normal' } as const;

export interface ExtraColumn {
  header: string;
  render: (row: ComplaintSummary) => React.ReactNode;
}

interface Props {
  rows: ComplaintSummary[] | undefined;
  isLoading: boolean;
  /** Which term matters on this page. */
  term: 'acknowledgement' | 'handling';
  extraColumns?: ExtraColumn[];
  actions?: (row: ComplaintSummary) => React.ReactNode;
  emptyText: string;
  /** Off where the page's step has one status (or another column says it): the table stays narrow. */
  showStatus?: boolean;
  /** Rows can be selected for an action on several at once (components/BulkActions.tsx). */
  selection?: RowSelection;
}

export interface RowSelection {
  selected: ReadonlySet<number>;
  toggle: (id: number, on: boolean) => void;
  toggleAll: (on: boolean) => void;
}

/** The complaints of a list: reference to the dossier, who, where, the term that matters, the actions. */
export const ComplaintTable = ({ rows, isLoading, term, extraColumns = [], actions, emptyText, showStatus = true, selection }: Props) => {
  const { t, locale } = useT();
  if (isLoading && !rows) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('common.loading')}</Loader>
      </Flex>
    );
  }
  if (!rows?.length) return <EmptyStateLayout content={emptyText} />;

  const colCount = (showStatus ? 5 : 4) + extraColumns.length + (actions ? 1 : 0) + (selection ? 1 : 0);
  const selectedHere = selection ? rows.filter((row) => selection.selected.has(row.id)).length : 0;
  return (
    <DialogHost>
      <Table colCount={colCount} rowCount={rows.length + 1} aria-busy={isLoading}>
        <Thead>
          <Tr>
            {selection && (
              <Th>
                <Checkbox
                  aria-label={t('bulk.selectAll')}
                  checked={selectedHere === rows.length ? true : selectedHere > 0 ? 'indeterminate' : false}
                  onCheckedChange={(checked) => selection.toggleAll(checked === true)}
                />
              </Th>
            )}
            <Th>
              <Typography variant="sigma">{t('list.col.reference')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('list.col.complainant')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('list.col.department')}</Typography>
            </Th>
            {showStatus && (
              <Th>
                <Typography variant="sigma">{t('list.col.status')}</Typography>
              </Th>
            )}
            <Th>
              <Typography variant="sigma">{term === 'acknowledgement' ? t('list.col.acknowledgementDue') : t('list.col.handlingDue')}</Typography>
            </Th>
            {extraColumns.map((column) => (
              <Th key={column.header}>
                <Typography variant="sigma">{column.header}</Typography>
              </Th>
            ))}
            {actions && (
              <Th>
                <VisuallyHidden>{t('list.col.actions')}</VisuallyHidden>
              </Th>
            )}
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row) => (
            <Tr key={row.id} data-reference={row.reference}>
              {selection && (
                <Td>
                  <Checkbox
                    aria-label={t('bulk.selectRow', { reference: row.reference })}
                    checked={selection.selected.has(row.id)}
                    onCheckedChange={(checked) => selection.toggle(row.id, checked === true)}
                  />
                </Td>
              )}
              <Td>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Link tag={NavLink} to={dossierPath(row.id)}>
                    {row.reference}
                  </Link>
                  {row.aboutEmployeeBehaviour && (
                    <Badge backgroundColor="alternative100" textColor="alternative700" size="S">
                      {t('list.behaviour')}
                    </Badge>
                  )}
                </Flex>
              </Td>
              <Td style={WRAP}>
                <Flex direction="column" alignItems="flex-start">
                  <Typography>{row.complainantName ?? '—'}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {t('list.receivedVia', { date: formatShortDate(row.receivedAt, locale), channel: t(`channel.${row.channel}`).toLowerCase() })}
                  </Typography>
                </Flex>
              </Td>
              <Td style={WRAP}>
                <Flex direction="column" alignItems="flex-start">
                  <Typography>{row.departmentName ?? '—'}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {row.handlerName ? t('list.handler', { name: row.handlerName }) : t('list.noHandler')}
                  </Typography>
                </Flex>
              </Td>
              {showStatus && (
                <Td>
                  <StatusBadge status={row.status} />
                </Td>
              )}
              <Td style={WRAP}>
                {term === 'acknowledgement' ? (
                  <TermBadge short due={row.acknowledgementDue} daysLeft={row.acknowledgementDaysLeft} overdue={row.acknowledgementOverdue} />
                ) : (
                  <TermBadge short due={row.handlingDue} daysLeft={row.handlingDaysLeft} overdue={row.handlingOverdue} />
                )}
              </Td>
              {extraColumns.map((column) => (
                <Td key={column.header} style={WRAP}>
                  {column.render(row)}
                </Td>
              ))}
              {actions && (
                <Td>
                  {/* Stacked: the table stays within the page at 1280 px, buttons keep their full labels. */}
                  <Flex direction="column" alignItems="stretch" gap={2}>
                    {actions(row)}
                  </Flex>
                </Td>
              )}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </DialogHost>
  );
};
