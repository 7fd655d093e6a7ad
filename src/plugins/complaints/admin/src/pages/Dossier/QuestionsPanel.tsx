import * as React from 'react';
import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import type { Dossier } from '../../../../shared/contracts';
import { TextareaField, TextField } from '../../components/form/Fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { formatDate, formatDateTime } from '../../lib/dates';
import { ModalActions } from '../../components/ModalActions';

/**
 * Questions to the complainant: asked here (a letter with the question goes out, with the link to the
 * status page), answered there; the answer shows here and on the timeline.
 */
export const QuestionsPanel = ({ dossier, canProcess, onChanged }: { dossier: Dossier; canProcess: boolean; onChanged: (dossier: Dossier) => void }) => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const [open, setOpen] = React.useState(false);
  const [question, setQuestion] = React.useState('');
  const [answerBy, setAnswerBy] = React.useState('');
  const { complaint } = dossier;
  const questions = dossier.questions ?? [];
  const finished = !complaint.step || Boolean(complaint.anonymisedAt);
  const mayAsk = canProcess && !finished;

  const ask = async () => {
    const next = await submit(() => api.askQuestion(complaint.id, { question, answerBy }), t('questions.asked'));
    if (!next) return;
    setOpen(false);
    setQuestion('');
    setAnswerBy('');
    onChanged(next);
  };

  if (!questions.length && !mayAsk) return null;
  return (
    <Section
      title={t('dossier.questions')}
      id="dossier-questions"
      actions={
        mayAsk && (
          <Button
            variant="secondary"
            startIcon={<Plus />}
            onClick={() => {
              reset();
              setOpen(true);
            }}
          >
            {t('questions.ask')}
          </Button>
        )
      }
    >
      {!questions.length ? (
        <Typography textColor="neutral600">{t('questions.none')}</Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={4}>
          {questions.map((q) => (
            <Box key={q.id} padding={4} background="neutral100" hasRadius data-question={q.id}>
              <Flex direction="column" alignItems="stretch" gap={2}>
                <Typography fontWeight="semiBold" style={{ whiteSpace: 'pre-wrap' }}>
                  {q.question}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('questions.meta', { date: formatDateTime(q.askedAt, locale), name: q.askedBy ?? '—' })}
                  {q.answerBy && !q.answeredAt ? ` · ${t('questions.answerBy', { date: formatDate(q.answerBy, locale) })}` : ''}
                </Typography>
                {q.answeredAt ? (
                  <>
                    <Typography style={{ whiteSpace: 'pre-wrap' }}>{q.answer}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {t('questions.answeredOn', { date: formatDateTime(q.answeredAt, locale) })}
                    </Typography>
                  </>
                ) : (
                  <Typography variant="pi" textColor="warning700">
                    {t('questions.waiting')}
                  </Typography>
                )}
              </Flex>
            </Box>
          ))}
        </Flex>
      )}
      <Modal.Root open={open} onOpenChange={setOpen}>
        <Modal.Content>
          <Modal.Header closeLabel={t('common.close')}>
            <Modal.Title>{t('questions.ask')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} shownFields={['question', 'answerBy']} />
              <TextareaField name="question" label={t('questions.question')} hint={t('questions.question.hint')} required rows={5} error={problem?.fieldErrors.question} value={question} onChange={setQuestion} />
              <TextField name="answerBy" type="date" label={t('questions.answerByLabel')} error={problem?.fieldErrors.answerBy} value={answerBy} onChange={setAnswerBy} />
            </Flex>
          </Modal.Body>
          <ModalActions label={t('questions.send')} busy={isSubmitting} onConfirm={ask} />
        </Modal.Content>
      </Modal.Root>
    </Section>
  );
};
