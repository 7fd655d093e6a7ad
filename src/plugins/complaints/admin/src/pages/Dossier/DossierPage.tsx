import * as React from 'react';
import { Box, Flex, Grid, Link, Loader, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { NavLink, useParams } from 'react-router-dom';
import type { Dossier } from '../../../../shared/contracts';
import { AgreementsTable } from '../../components/AgreementsTable';
import { Notice } from '../../components/Notice';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { queries } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useOverview } from '../../hooks/useOverview';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { formatDate } from '../../lib/dates';
import { stepPagePath } from '../../lib/procedure';
import { pluginPath } from '../../pluginId';
import { AttachmentsPanel } from './AttachmentsPanel';
import { ComplaintDetails } from './ComplaintDetails';
import { DossierActions } from './DossierActions';
import { HearingPanel } from './HearingPanel';
import { LettersPanel } from './LettersPanel';
import { OutcomePanel } from './OutcomePanel';
import { PrivacyPanel } from './PrivacyPanel';
import { MailsPanel } from './MailsPanel';
import { NoteDialog } from './NoteDialog';
import { QuestionsPanel } from './QuestionsPanel';
import { RelatedPanel } from './RelatedPanel';
import { TermsPanel } from './TermsPanel';
import { Timeline } from './Timeline';

/** One complaint: everything about it, and only the actions the procedure allows now. */
export const DossierPage = () => {
  const { t } = useT();
  const { id } = useParams();
  const query = useApiQuery(queries.dossier(Number(id)));
  const [fresh, setFresh] = React.useState<Dossier | null>(null);
  const overview = useOverview();
  const dossier = fresh && fresh.complaint.id === Number(id) ? fresh : query.data;

  // An action answers with the new dossier: show it at once, and let the counts follow.
  const onChanged = React.useCallback(
    (next: Dossier) => {
      setFresh(next);
      overview.reload();
    },
    [overview],
  );

  if (!dossier) {
    return (
      <Page.Main aria-busy={query.isLoading}>
        <Page.Title>{t('dossier.title')}</Page.Title>
        <Layouts.Header title={t('dossier.title')} />
        <Layouts.Content>
          <ProblemAlert problem={query.problem} />
          {query.isLoading && (
            <Flex justifyContent="center" padding={8}>
              <Loader>{t('common.loading')}</Loader>
            </Flex>
          )}
        </Layouts.Content>
      </Page.Main>
    );
  }
  return <DossierView dossier={dossier} onChanged={onChanged} />;
};

const DossierView = ({ dossier, onChanged }: { dossier: Dossier; onChanged: (dossier: Dossier) => void }) => {
  const { t, locale } = useT();
  const { canProcess, canManagePrivacy } = usePermissions();
  const { complaint } = dossier;
  const title = t('dossier.titleFor', { reference: complaint.reference });

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={
          <Flex gap={2} wrap="wrap">
            <StatusBadge status={complaint.status} />
            <Typography variant="epsilon" textColor="neutral600">
              {complaint.step
                ? t('dossier.subtitle', { name: complaint.complainantName ?? '—', step: complaint.step, page: t(`step.${complaint.step}.title`) })
                : t('dossier.subtitleFinished', { name: complaint.complainantName ?? '—' })}
            </Typography>
          </Flex>
        }
        navigationAction={
          <Link tag={NavLink} to={pluginPath(stepPagePath(complaint.step))} startIcon={<ArrowLeft />}>
            {complaint.step ? t(`step.${complaint.step}.nav`) : t('nav.allComplaints')}
          </Link>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {complaint.anonymisedAt && (
            <Notice variant="warning" title={t('dossier.anonymised.title')}>
              {t('dossier.anonymised', { date: formatDate(complaint.anonymisedAt, locale) })}
            </Notice>
          )}
          {canProcess && <DossierActions dossier={dossier} onChanged={onChanged} />}
          <Grid.Root gap={6} gridCols={12}>
            <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={6}>
              <ComplaintDetails dossier={dossier} canProcess={canProcess} onChanged={onChanged} />
              <AttachmentsPanel dossier={dossier} canProcess={canProcess} onChanged={onChanged} />
              <QuestionsPanel dossier={dossier} canProcess={canProcess} onChanged={onChanged} />
              <MailsPanel dossier={dossier} />
              <RelatedPanel dossier={dossier} canProcess={canProcess} onChanged={onChanged} />
              <HearingPanel dossier={dossier} />
              <OutcomePanel complaint={complaint} parts={dossier.parts} />
              <Section title={t('dossier.agreements')} id="dossier-agreements">
                <AgreementsTable dossier={dossier} canProcess={canProcess} onDone={onChanged} />
              </Section>
              <LettersPanel letters={dossier.letters} canProcess={canProcess} onChanged={onChanged} dossier={dossier} />
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={6}>
              <TermsPanel dossier={dossier} />
              <Box>
                <Timeline events={dossier.timeline} actions={canProcess && !complaint.anonymisedAt && <NoteDialog dossier={dossier} onChanged={onChanged} />} />
              </Box>
              {canManagePrivacy && !complaint.anonymisedAt && <PrivacyPanel dossier={dossier} onChanged={onChanged} />}
            </Grid.Item>
          </Grid.Root>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
