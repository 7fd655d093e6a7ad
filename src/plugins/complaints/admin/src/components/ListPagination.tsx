import { Flex, Typography, Dots, NextLink, PageLink, Pagination, PreviousLink } from '@strapi/design-system';
import { Link, useLocation } from 'react-router-dom';
import type { Pagination as PaginationInfo } from '../../../shared/contracts';
import { useT } from '../hooks/useT';

/** Pages of a server-side paginated list, as links (so the browser's back button works). */
export const ListPagination = ({ pagination }: { pagination: PaginationInfo | undefined }) => {
  const { t } = useT();
  const location = useLocation();
  if (!pagination || pagination.total === 0) return null;
  const { page, pageCount, total } = pagination;

  const hrefOf = (target: number) => {
    const params = new URLSearchParams(location.search);
    params.set('page', String(target));
    return { pathname: location.pathname, search: params.toString() };
  };
  const pages = visiblePages(page, pageCount);

  return (
    <Flex justifyContent="space-between" alignItems="center" paddingTop={4} wrap="wrap" gap={2}>
      <Typography textColor="neutral600">{t('list.total', { count: total })}</Typography>
      {pageCount > 1 && (
        <Pagination activePage={page} pageCount={pageCount} label={t('list.pagination')}>
          <PreviousLink tag={Link} to={hrefOf(Math.max(1, page - 1))}>
            {t('list.previous')}
          </PreviousLink>
          {pages.map((n, index) =>
            n === null ? (
              <Dots key={`dots-${index}`}>…</Dots>
            ) : (
              <PageLink key={n} number={n} tag={Link} to={hrefOf(n)}>
                {t('list.goToPage', { page: n })}
              </PageLink>
            ),
          )}
          <NextLink tag={Link} to={hrefOf(Math.min(pageCount, page + 1))}>
            {t('list.next')}
          </NextLink>
        </Pagination>
      )}
    </Flex>
  );
};

/** 1 … 4 5 6 … 12: the first, the last, and the neighbours of the current page. */
function visiblePages(page: number, pageCount: number): Array<number | null> {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: Array<number | null> = [];
  sorted.forEach((n, index) => {
    if (index > 0 && n - sorted[index - 1] > 1) result.push(null);
    result.push(n);
  });
  return result;
}
