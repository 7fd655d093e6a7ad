import * as React from 'react';
import { Badge, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Section } from '../../../components/Section';
import { ActiveBadge, EditRowButton } from '../RowParts';
import { SettingsWarnings } from '../../../components/SettingsWarnings';
import { queries } from '../../../api/client';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useStaffUsers } from '../../../hooks/useStaffUsers';
import { useT } from '../../../hooks/useT';
import { SettingsPage } from '../SettingsPage';
import { DepartmentModal, type DepartmentDraft } from './DepartmentModal';

const EMPTY: DepartmentDraft = { name: '', nameEn: '', email: '', managerId: null, superiorId: null, staffUserIds: [], active: true, receivesUnassigned: false };

/** The departments complaints are routed to: who manages them (behaviour complaints) and who works there. */
export const DepartmentsSettingsPage = () => {
  const { t } = useT();
  const query = useApiQuery(queries.departments());
  // The settings' warnings name each department whose superior would be passed over; saving stays allowed.
  const settings = useApiQuery(queries.settings());
  const staff = useStaffUsers();
  const users = staff.data;
  const [editing, setEditing] = React.useState<DepartmentDraft | null>(null);
  const nameOf = (id: number | null) => (id === null ? '—' : (users?.find((u) => u.id === id)?.name ?? t('settings.departments.userId', { id })));

  return (
    <SettingsPage
      title={t('settings.departments.title')}
      subtitle={t('settings.departments.subtitle')}
      isLoading={!query.data && query.isLoading}
      problem={query.problem ?? staff.problem}
      primaryAction={
        <Button startIcon={<Plus />} onClick={() => setEditing({ ...EMPTY })}>
          {t('settings.departments.add')}
        </Button>
      }
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <SettingsWarnings warnings={settings.data?.warnings} codes={['superior_cannot_handle']} here="departments" />
        <Section title={t('settings.departments.list')} id="departments-list">
          <Table colCount={6} rowCount={(query.data?.length ?? 0) + 1}>
            <Thead>
              <Tr>
                {['name', 'email', 'manager', 'staff', 'state'].map((col) => (
                  <Th key={col}>
                    <Typography variant="sigma">{t(`settings.departments.col.${col}`)}</Typography>
                  </Th>
                ))}
                <Th>
                  <VisuallyHidden>{t('list.col.actions')}</VisuallyHidden>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {(query.data ?? []).map((department) => (
                <Tr key={department.id}>
                  <Td>
                    <Typography fontWeight="semiBold">{department.name}</Typography>
                  </Td>
                  <Td>
                    <Typography>{department.email ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{nameOf(department.managerId)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{department.staffUserIds.length}</Typography>
                  </Td>
                  <Td>
                    <Flex gap={1} wrap="wrap">
                      <ActiveBadge active={department.active} />
                      {department.receivesUnassigned && <Badge>{t('settings.departments.receivesUnassigned.badge')}</Badge>}
                    </Flex>
                  </Td>
                  <Td>
                    <EditRowButton name={department.name} onClick={() => setEditing({ ...department, email: department.email ?? '' })} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Section>
      </Flex>
      {editing && (
        <DepartmentModal
          draft={editing}
          users={users ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            query.reload();
            settings.reload();
          }}
        />
      )}
    </SettingsPage>
  );
};

export default DepartmentsSettingsPage;
