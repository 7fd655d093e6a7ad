import * as React from 'react';
import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import type { ListFilterKey, ListPage, SavedView } from '../../../shared/contracts';
import { queries } from '../api/client';
import { useAdminClient } from '../hooks/useAdminClient';
import { useApiQuery } from '../hooks/useApiQuery';
import { useSubmit } from '../hooks/useSubmit';
import { useT } from '../hooks/useT';
import { FILTER_KEYS } from '../lib/listFilters';
import { TextField } from './form/Fields';
import { IrreversibleAction } from './IrreversibleAction';
import { ModalActions } from './ModalActions';
import { ProblemAlert } from './ProblemAlert';

type Filters = Partial<Record<ListFilterKey, string>>;

const sameFilters = (a: Filters, b: Filters) => FILTER_KEYS.every((key) => (a[key] ?? '') === (b[key] ?? ''));

/**
 * A staff member's own views of a list: the filters and order as they are now, saved under a name, and
 * chosen again in one step. Views are per user and per page (server: services/saved-views.ts).
 */
export const SavedViews = ({ page, filters, apply }: { page: ListPage; filters: Filters; apply: (filters: Filters) => void }) => {
  const { t } = useT();
  const api = useAdminClient();
  const views = useApiQuery(queries.savedViews());
  const saving = useSubmit();
  const removing = useSubmit();
  const [naming, setNaming] = React.useState(false);
  const [name, setName] = React.useState('');
  const here = (views.data ?? []).filter((view) => view.page === page);
  const current = here.find((view) => sameFilters(view.filters, filters));

  const choose = (id: string) => {
    const view = here.find((v) => String(v.id) === id);
    if (view) apply(view.filters);
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const saved = await saving.submit(() => api.saveView({ page, name, filters }), t('views.saved', { name }));
    if (!saved) return;
    setNaming(false);
    views.reload();
  };

  const remove = async (view: SavedView) => {
    const left = await removing.submit(() => api.removeView(view.id), t('views.removed', { name: view.name }));
    if (left) views.reload();
    return Boolean(left);
  };

  return (
    <Flex gap={3} wrap="wrap" alignItems="flex-end" paddingBottom={4}>
      {here.length > 0 && (
        <Box minWidth="24rem">
          <Field.Root name="saved-view" id="saved-view">
            <Field.Label>{t('views.label')}</Field.Label>
            <SingleSelect size="S" placeholder={t('views.choose')} value={current ? String(current.id) : ''} onChange={(value) => choose(String(value))}>
              {here.map((view) => (
                <SingleSelectOption key={view.id} value={String(view.id)}>
                  {view.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
      )}
      <Button
        size="S"
        variant="tertiary"
        onClick={() => {
          setName(current?.name ?? '');
          saving.reset();
          setNaming(true);
        }}
      >
        {t('views.save')}
      </Button>
      {current && (
        <IrreversibleAction
          label={t('views.remove')}
          accessibleLabel={t('views.removeNamed', { name: current.name })}
          size="S"
          icon={<Trash />}
          title={t('views.remove.title', { name: current.name })}
          description={t('views.remove.description')}
          confirmLabel={t('views.remove')}
          isBusy={removing.isSubmitting}
          problem={removing.problem}
          onConfirm={() => remove(current)}
        />
      )}
      <Modal.Root open={naming} onOpenChange={setNaming}>
        <Modal.Content>
          <form onSubmit={save} noValidate>
            <Modal.Header>
              <Modal.Title>{t('views.save.title')}</Modal.Title>
            </Modal.Header>
            <Modal.Body>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <ProblemAlert problem={saving.problem} shownFields={['name']} />
                <TextField name="name" label={t('views.name')} hint={t('views.name.hint')} required value={name} error={saving.problem?.fieldErrors.name} onChange={setName} />
              </Flex>
            </Modal.Body>
            <ModalActions label={t('views.save')} busy={saving.isSubmitting} />
          </form>
        </Modal.Content>
      </Modal.Root>
    </Flex>
  );
};
