import * as React from 'react';
import { Badge, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Section } from '../../../components/Section';
import { ActiveBadge, EditRowButton } from '../RowParts';
import { queries } from '../../../api/client';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useT } from '../../../hooks/useT';
import { SettingsPage } from '../SettingsPage';
import { CategoryModal, type CategoryDraft } from './CategoryModal';

/** What complaints can be about, in both languages, in the order the form shows them. */
export const CategoriesSettingsPage = () => {
  const { t } = useT();
  const query = useApiQuery(queries.categories());
  const [editing, setEditing] = React.useState<CategoryDraft | null>(null);
  const nextOrder = Math.max(0, ...(query.data ?? []).map((c) => c.sortOrder)) + 1;

  return (
    <SettingsPage
      title={t('settings.categories.title')}
      subtitle={t('settings.categories.subtitle')}
      isLoading={!query.data && query.isLoading}
      problem={query.problem}
      primaryAction={
        <Button
          startIcon={<Plus />}
          onClick={() => setEditing({ key: '', nameNl: '', nameEn: '', suggestsBehaviour: false, active: true, sortOrder: nextOrder })}
        >
          {t('settings.categories.add')}
        </Button>
      }
    >
      <Section title={t('settings.categories.list')} id="categories-list">
        <Table colCount={6} rowCount={(query.data?.length ?? 0) + 1}>
          <Thead>
            <Tr>
              {['order', 'key', 'nameNl', 'nameEn', 'state'].map((col) => (
                <Th key={col}>
                  <Typography variant="sigma">{t(`settings.categories.col.${col}`)}</Typography>
                </Th>
              ))}
              <Th>
                <VisuallyHidden>{t('list.col.actions')}</VisuallyHidden>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {(query.data ?? []).map((category) => (
              <Tr key={category.id}>
                <Td>
                  <Typography>{category.sortOrder}</Typography>
                </Td>
                <Td>
                  <Typography>{category.key}</Typography>
                </Td>
                <Td>
                  <Typography fontWeight="semiBold">{category.nameNl}</Typography>
                </Td>
                <Td>
                  <Typography>{category.nameEn}</Typography>
                </Td>
                <Td>
                  <Flex gap={1} wrap="wrap">
                    <ActiveBadge active={category.active} />
                    {category.suggestsBehaviour && <Badge>{t('settings.categories.suggestsBehaviour.badge')}</Badge>}
                  </Flex>
                </Td>
                <Td>
                  <EditRowButton name={category.nameNl} onClick={() => setEditing({ ...category })} />
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Section>
      {editing && (
        <CategoryModal
          draft={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            query.reload();
          }}
        />
      )}
    </SettingsPage>
  );
};

export default CategoriesSettingsPage;
