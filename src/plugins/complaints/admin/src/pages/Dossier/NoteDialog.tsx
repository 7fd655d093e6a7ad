import * as React from 'react';
import { Button, Flex, Modal } from '@strapi/design-system';
import { Feather } from '@strapi/icons';
import type { Dossier } from '../../../../shared/contracts';
import { MultiSelectField, TextareaField } from '../../components/form/Fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useLookups } from '../../hooks/useLookups';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { ModalActions } from '../../components/ModalActions';

/**
 * An internal note for colleagues, written from the timeline: staff only, never in a letter. The colleagues
 * named here get an e-mail that sends them to the dossier (the server checks they may see the complaint).
 */
export const NoteDialog = ({ dossier, onChanged }: { dossier: Dossier; onChanged: (dossier: Dossier) => void }) => {
  const { t } = useT();
  const api = useAdminClient();
  const lookups = useLookups().data;
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  const [mentions, setMentions] = React.useState<string[]>([]);
  const { complaint } = dossier;
  // A person complained about may not see the complaint, so the server refuses to tell them of a note.
  const complainedAbout = new Set((complaint.persons ?? []).map((person) => person.userId).filter((id) => id !== null));
  const colleagues = (lookups?.users ?? []).filter((u) => !complainedAbout.has(u.id)).map((u) => ({ value: String(u.id), label: u.name }));

  const save = async () => {
    const next = await submit(() => api.addNote(complaint.id, { text, mentions: mentions.map(Number) }), t('notes.saved'));
    if (!next) return;
    setOpen(false);
    setText('');
    setMentions([]);
    onChanged(next);
  };

  return (
    <Modal.Root
      open={open}
      onOpenChange={(next: boolean) => {
        if (next) reset();
        setOpen(next);
      }}
    >
      <Modal.Trigger>
        <Button variant="secondary" startIcon={<Feather />} data-shortcut="n" aria-keyshortcuts="n">
          {t('notes.add')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close')}>
          <Modal.Title>{t('notes.add')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <ProblemAlert problem={problem} shownFields={['text', 'mentions']} />
            <TextareaField name="text" label={t('notes.text')} hint={t('notes.text.hint')} required rows={5} error={problem?.fieldErrors.text} value={text} onChange={setText} />
            <MultiSelectField
              name="mentions"
              label={t('notes.mentions')}
              hint={t('notes.mentions.hint')}
              placeholder={t('common.choose')}
              error={problem?.fieldErrors.mentions}
              value={mentions}
              onChange={setMentions}
              options={colleagues}
            />
          </Flex>
        </Modal.Body>
        <ModalActions label={t('notes.save')} busy={isSubmitting} onConfirm={save} />
      </Modal.Content>
    </Modal.Root>
  );
};
