import * as React from 'react';
import { Flex, Modal } from '@strapi/design-system';
import type { Category } from '../../../../../shared/contracts';
import { categoryKey } from '../../../../../shared/contracts/settings';
import { CheckboxField, NumberField, TextField } from '../../../components/form/Fields';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAdminClient } from '../../../hooks/useAdminClient';
import { useSubmit } from '../../../hooks/useSubmit';
import { useT } from '../../../hooks/useT';
import { ModalActions } from '../../../components/ModalActions';

export type CategoryDraft = Omit<Category, 'id'> & { id?: number };
const FIELDS = ['key', 'nameNl', 'nameEn', 'suggestsBehaviour', 'active', 'sortOrder'];

/** Create or edit a category; the server checks the key is unique. */
export const CategoryModal = ({ draft, onClose, onSaved }: { draft: CategoryDraft; onClose: () => void; onSaved: () => void }) => {
  const { t } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const [values, setValues] = React.useState<CategoryDraft>(draft);
  const errors = problem?.fieldErrors ?? {};
  const set = <K extends keyof CategoryDraft>(key: K, value: CategoryDraft[K]) => setValues((v) => ({ ...v, [key]: value }));

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const { id, ...body } = values;
    const saved = await submit(() => (id ? api.updateCategory(id, body) : api.createCategory(body)), t('settings.saved'));
    if (saved) onSaved();
  };

  return (
    <Modal.Root open onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <form onSubmit={save} noValidate>
          <Modal.Header closeLabel={t('common.close')}>
            <Modal.Title>{values.id ? t('settings.categories.edit', { name: draft.nameNl }) : t('settings.categories.add')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} shownFields={FIELDS} onClose={reset} />
              <TextField
                name="nameNl"
                label={t('settings.categories.nameNl')}
                required
                error={errors.nameNl}
                value={values.nameNl}
                onChange={(v) => set('nameNl', v)}
              />
              <TextField
                name="nameEn"
                label={t('settings.categories.nameEn')}
                required
                error={errors.nameEn}
                value={values.nameEn}
                onChange={(v) => set('nameEn', v)}
              />
              <TextField
                name="key"
                label={t('settings.categories.key')}
                hint={t('settings.categories.key.hint')}
                required
                error={errors.key}
                value={values.key}
                onChange={(v) => set('key', categoryKey(v, true))}
              />
              <NumberField
                name="sortOrder"
                label={t('settings.categories.sortOrder')}
                min={0}
                max={10000}
                error={errors.sortOrder}
                value={values.sortOrder}
                onChange={(v) => set('sortOrder', v ?? 0)}
              />
              <CheckboxField
                name="suggestsBehaviour"
                label={t('settings.categories.suggestsBehaviour')}
                hint={t('settings.categories.suggestsBehaviour.hint')}
                value={values.suggestsBehaviour}
                onChange={(v) => set('suggestsBehaviour', v)}
              />
              <CheckboxField
                name="active"
                label={t('settings.categories.active')}
                hint={t('settings.categories.active.hint')}
                value={values.active}
                onChange={(v) => set('active', v)}
              />
            </Flex>
          </Modal.Body>
          <ModalActions label={t('settings.save')} busy={isSubmitting} />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
