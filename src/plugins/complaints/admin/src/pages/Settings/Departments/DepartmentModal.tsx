import * as React from 'react';
import { Flex, Modal } from '@strapi/design-system';
import type { Department, StaffUser } from '../../../../../shared/contracts';
import { CheckboxField, MultiSelectField, SelectField, TextField } from '../../../components/form/Fields';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAdminClient } from '../../../hooks/useAdminClient';
import { useSubmit } from '../../../hooks/useSubmit';
import { useT } from '../../../hooks/useT';
import { ModalActions } from '../../../components/ModalActions';

export type DepartmentDraft = Omit<Department, 'id'> & { id?: number };
const FIELDS = ['name', 'nameEn', 'email', 'managerId', 'superiorId', 'staffUserIds', 'active', 'receivesUnassigned'];

/** Two accounts with the same name are told apart by their e-mail address. */
const optionLabel = (users: StaffUser[], user: StaffUser) =>
  user.email && users.some((other) => other.id !== user.id && other.name === user.name) ? `${user.name} (${user.email})` : user.name;

/** Create or edit a department; the server checks the name is unique and the users exist. */
export const DepartmentModal = ({
  draft,
  users,
  onClose,
  onSaved,
}: {
  draft: DepartmentDraft;
  users: StaffUser[];
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { t } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const [values, setValues] = React.useState<DepartmentDraft>(draft);
  const errors = problem?.fieldErrors ?? {};
  const set = <K extends keyof DepartmentDraft>(key: K, value: DepartmentDraft[K]) => setValues((v) => ({ ...v, [key]: value }));
  // Users the staff list leaves out (deactivated accounts) still show, by id.
  const known: StaffUser[] = [
    ...users,
    ...[values.managerId, values.superiorId, ...values.staffUserIds]
      .filter((id): id is number => id !== null && !users.some((u) => u.id === id))
      .map((id) => ({ id, name: t('settings.departments.userId', { id }) })),
  ];
  const options = known.map((u) => ({ value: String(u.id), label: optionLabel(users, u) }));

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const body = {
      name: values.name,
      nameEn: values.nameEn || null,
      email: values.email || null,
      managerId: values.managerId,
      superiorId: values.superiorId,
      staffUserIds: values.staffUserIds,
      active: values.active,
      receivesUnassigned: values.receivesUnassigned,
    };
    const saved = await submit(
      () => (values.id ? api.updateDepartment(values.id, body) : api.createDepartment(body)),
      t('settings.saved'),
    );
    if (saved) onSaved();
  };

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={save} noValidate>
          <Modal.Header closeLabel={t('common.close')}>
            <Modal.Title>{values.id ? t('settings.departments.edit', { name: draft.name }) : t('settings.departments.add')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} shownFields={FIELDS} onClose={reset} />
              <TextField name="name" label={t('settings.departments.name')} required error={errors.name} value={values.name} onChange={(v) => set('name', v)} />
              <TextField
                name="nameEn"
                label={t('settings.departments.nameEn')}
                hint={t('settings.departments.nameEn.hint')}
                error={errors.nameEn}
                value={values.nameEn ?? ''}
                onChange={(v) => set('nameEn', v)}
              />
              <TextField
                name="email"
                type="email"
                label={t('settings.departments.email')}
                hint={t('settings.departments.email.hint')}
                error={errors.email}
                value={values.email ?? ''}
                onChange={(v) => set('email', v)}
              />
              <SelectField
                name="managerId"
                label={t('settings.departments.manager')}
                hint={t('settings.departments.manager.hint')}
                placeholder={t('common.none')}
                error={errors.managerId}
                value={values.managerId ? String(values.managerId) : ''}
                onChange={(v) => set('managerId', v ? Number(v) : null)}
                onClear={() => set('managerId', null)}
                clearLabel={t('common.clear')}
                options={options}
              />
              <SelectField
                name="superiorId"
                label={t('settings.departments.superior')}
                hint={t('settings.departments.superior.hint')}
                placeholder={t('common.none')}
                error={errors.superiorId}
                value={values.superiorId ? String(values.superiorId) : ''}
                onChange={(v) => set('superiorId', v ? Number(v) : null)}
                onClear={() => set('superiorId', null)}
                clearLabel={t('common.clear')}
                options={options}
              />
              <MultiSelectField
                name="staffUserIds"
                label={t('settings.departments.staff')}
                hint={t('settings.departments.staff.hint')}
                placeholder={t('common.none')}
                error={errors.staffUserIds}
                value={values.staffUserIds.map(String)}
                onChange={(v) => set('staffUserIds', v.map(Number))}
                options={options}
              />
              <CheckboxField name="active" label={t('settings.departments.active')} value={values.active} onChange={(v) => set('active', v)} />
              <CheckboxField
                name="receivesUnassigned"
                label={t('settings.departments.receivesUnassigned')}
                hint={t('settings.departments.receivesUnassigned.hint')}
                value={values.receivesUnassigned}
                onChange={(v) => set('receivesUnassigned', v)}
              />
            </Flex>
          </Modal.Body>
          <ModalActions label={t('settings.save')} busy={isSubmitting} />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
