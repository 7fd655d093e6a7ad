import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { shareOf } from '../../lib/report';
import { formatNumber, formatPercent } from './format';

/** Complaints per category, department, channel or step: the count and its share of the total. */
export const CountTable = ({
  id,
  title,
  column,
  rows,
  total,
}: {
  id: string;
  title: string;
  /** What the first column names: category, department, … */
  column: string;
  rows: Array<{ key: string; label: string; count: number }>;
  total: number;
}) => {
  const { t, locale } = useT();
  return (
    <Section title={title} id={id}>
      {rows.length === 0 ? (
        <Typography textColor="neutral600">{t('report.none')}</Typography>
      ) : (
        <Table colCount={3} rowCount={rows.length + 1} aria-labelledby={`${id}-title`}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{column}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('report.col.count')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('report.col.share')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.key}>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography>{row.label}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(row.count, locale)}</Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral600">{formatPercent(shareOf(row.count, total), locale)}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Section>
  );
};
