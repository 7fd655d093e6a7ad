import * as React from 'react';
import { Box, Button, Flex, Grid, Link, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { NavLink, useNavigate } from 'react-router-dom';
import type { Dossier, OutcomeDraft } from '../../../../shared/contracts';
import { CheckboxField, SelectField, TextareaField } from '../../components/form/Fields';
import { Notice } from '../../components/Notice';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Facts, Section } from '../../components/Section';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useFocusFirstError } from '../../hooks/useFocusFirstError';
import { useLookups } from '../../hooks/useLookups';
import { useOutcomeDraft } from '../../hooks/useOutcomeDraft';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { HEARING_SIDE_LABELS, JUDGEMENTS } from '../../lib/procedure';
import { dossierPath, pluginPath } from '../../pluginId';
import { AgreementRows } from './AgreementRows';
import { PartRows } from './PartRows';
import { DraftStatus } from './DraftStatus';
import { OutcomePreview } from './OutcomePreview';
import { SendOutcomeDialog } from './SendOutcomeDialog';
import { outcomeBody, useOutcomeForm } from './useOutcomeForm';

const SHOWN_FIELDS = ['judgement', 'parts', 'findings', 'conclusions', 'noAgreements', 'agreements'];

export const OutcomeComposer = ({ dossier, draft: kept }: { dossier: Dossier; draft: OutcomeDraft | null }) => {
  const { t, pick } = useT();
  const navigate = useNavigate();
  const api = useAdminClient();
  const lookups = useLookups();
  const { complaint } = dossier;
  const heard = dossier.hearings.filter((h) => !h.earlierRound);
  const form = useOutcomeForm(complaint.department?.id, kept?.values ?? null);
  const submission = useSubmit();
  useFocusFirstError(submission.problem);
  const errors = submission.problem?.fieldErrors ?? {};
  const allowed = dossier.allowedActions.some((a) => a.action === 'sendOutcome');
  const draft = useOutcomeDraft(complaint.id, kept, form.values, { enabled: allowed });
  const [confirming, setConfirming] = React.useState(false);

  // the letter cannot be taken back: the form asks first (SendOutcomeDialog)
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };

  const send = async () => {
    draft.pause(true);
    const sent = await submission.submit(
      () => api.runAction(complaint.id, 'sendOutcome', outcomeBody(form.values)),
      t('outcome.sent', { reference: complaint.reference }),
    );
    setConfirming(false);
    if (sent) navigate(dossierPath(complaint.id));
    else draft.pause(false);
  };

  const discard = async () => {
    const empty = form.empty();
    const done = await submission.submit(async () => {
      await draft.discard(empty);
      return true;
    });
    if (done) form.setValues(empty);
    return Boolean(done);
  };

  const resolve = async (choice: 'theirs' | 'mine') => {
    const theirs = await draft.resolve(choice);
    if (choice === 'theirs' && theirs) form.replace(theirs.values);
  };

  const title = t('outcome.titleFor', { reference: complaint.reference });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Layouts.Header
          title={title}
          subtitle={t('outcome.subtitle', { name: complaint.complainantName ?? '—' })}
          navigationAction={
            <Link tag={NavLink} to={pluginPath('outcome')} startIcon={<ArrowLeft />}>
              {t('common.back')}
            </Link>
          }
          primaryAction={
            <Button type="submit" loading={submission.isSubmitting} disabled={!allowed}>
              {t('outcome.send')}
            </Button>
          }
        />
        <Layouts.Content>
          {!allowed && (
            <Box paddingBottom={4}>
              <Notice variant="warning" title={t('outcome.notNow.title')}>
                {t('outcome.notNow', { status: pick(complaint.statusLabel) })}
              </Notice>
            </Box>
          )}
          {allowed && <DraftStatus state={draft.state} onResolve={resolve} onDiscard={discard} />}
          <ProblemAlert problem={submission.problem} shownFields={SHOWN_FIELDS} onClose={submission.reset} />
          <Grid.Root gap={6} gridCols={12}>
            <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
              <Flex direction="column" alignItems="stretch" gap={6}>
                <Section title={t('outcome.section.basis')} id="outcome-basis">
                  <Facts
                    items={[
                      [t('dossier.description'), complaint.description],
                      [t('dossier.desiredOutcome'), complaint.desiredOutcome],
                      // every conversation of this round: each side's report, or why it was not heard
                      ...heard.flatMap((hearing) => {
                        const of = (label: string) => (heard.length > 1 ? `${label} (${pick(HEARING_SIDE_LABELS[hearing.side]).toLowerCase()})` : label);
                        return [
                          hearing.minutes ? ([of(t('dossier.hearing.minutes')), hearing.minutes] as [string, string]) : null,
                          hearing.proposedSolution ? ([of(t('dossier.hearing.proposedSolution')), hearing.proposedSolution] as [string, string]) : null,
                          hearing.skippedReason ? ([of(t('dossier.hearing.skipped')), t(`skipReason.${hearing.skippedReason}`)] as [string, string]) : null,
                        ];
                      }),
                    ]}
                  />
                </Section>
                <Section title={t('outcome.section.parts')} id="outcome-parts">
                  <PartRows rows={form.values.parts} errors={errors} setPart={form.setPart} addPart={form.addPart} removePart={form.removePart} />
                </Section>
                <Section title={t('outcome.section.judgement')} id="outcome-judgement">
                  <Flex direction="column" alignItems="stretch" gap={4}>
                    <SelectField
                      name="judgement"
                      label={t('outcome.judgement')}
                      hint={form.values.parts.length ? t('outcome.judgement.fromParts') : t('outcome.judgement.hint')}
                      required
                      placeholder={t('common.choose')}
                      error={errors.judgement}
                      value={form.values.judgement}
                      onChange={(value) => form.set('judgement', value)}
                      options={JUDGEMENTS.map((j) => ({ value: j, label: t(`judgement.${j}`) }))}
                    />
                    <TextareaField
                      name="findings"
                      label={t('outcome.findings')}
                      hint={t('outcome.findings.hint')}
                      required
                      rows={6}
                      error={errors.findings}
                      value={form.values.findings}
                      onChange={(value) => form.set('findings', value)}
                    />
                    <TextareaField
                      name="conclusions"
                      label={t('outcome.conclusions')}
                      hint={t('outcome.conclusions.hint')}
                      rows={4}
                      error={errors.conclusions}
                      value={form.values.conclusions}
                      onChange={(value) => form.set('conclusions', value)}
                    />
                  </Flex>
                </Section>
                <Section title={t('outcome.section.agreements')} id="outcome-agreements">
                  <Flex direction="column" alignItems="stretch" gap={4}>
                    <Typography textColor="neutral700">{t('outcome.agreements.intro')}</Typography>
                    <CheckboxField
                      name="noAgreements"
                      label={t('outcome.noAgreements')}
                      error={errors.noAgreements}
                      value={form.values.noAgreements}
                      onChange={(value) => form.set('noAgreements', value)}
                    />
                    {!form.values.noAgreements && (
                      <AgreementRows
                        rows={form.values.agreements}
                        errors={errors}
                        lookups={lookups.data}
                        setRow={form.setRow}
                        addRow={form.addRow}
                        removeRow={form.removeRow}
                      />
                    )}
                    {errors.agreements && (
                      <Typography textColor="danger600" role="alert">
                        {errors.agreements}
                      </Typography>
                    )}
                  </Flex>
                </Section>
                <Flex justifyContent="flex-end">
                  <Button type="submit" size="L" loading={submission.isSubmitting} disabled={!allowed}>
                    {t('outcome.send')}
                  </Button>
                </Flex>
              </Flex>
            </Grid.Item>
            <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
              <Box position="sticky" top={4} width="100%">
                <OutcomePreview dossier={dossier} values={form.values} />
              </Box>
            </Grid.Item>
          </Grid.Root>
        </Layouts.Content>
      </form>
      <SendOutcomeDialog
        open={confirming}
        complaint={complaint}
        values={form.values}
        busy={submission.isSubmitting}
        onCancel={() => setConfirming(false)}
        onConfirm={send}
      />
    </Page.Main>
  );
};
