import * as React from 'react';
import { Badge, Box, Button, Flex, Grid, Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Download, Search } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import type { PrivacyExport } from '../../../../shared/contracts';
import { ColumnHeads } from '../../components/ColumnHeads';
import { TextField } from '../../components/form/Fields';
import { IrreversibleAction } from '../../components/IrreversibleAction';
import { Notice } from '../../components/Notice';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';
import { fileNamePart, saveBlob } from '../../lib/download';
import { dossierPath } from '../../pluginId';

type Query = { email?: string; clientNumber?: string; name?: string; postalCode?: string };

/**
 * The complainant's rights under the AVG, for users with "Inzage en wissen van persoonsgegevens": everything
 * held on one complainant (right of access, art. 15) as a readable PDF letter or as JSON, and the retention
 * term applied now instead of tonight. Erasing one complaint on request is done from its dossier.
 */
export const PrivacyPage = () => {
  const { t } = useT();
  return (
    <Page.Main>
      <Page.Title>{t('privacy.title')}</Page.Title>
      <Layouts.Header title={t('privacy.title')} subtitle={t('privacy.subtitle')} />
      <Layouts.Content>
        <Grid.Root gap={6} gridCols={12}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            <AccessRequest />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <Retention />
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

/** Find a complainant's complaints, check they are the right ones, then download the export. */
const AccessRequest = () => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const { toggleNotification } = useNotification();
  const { submit, isSubmitting, problem, setProblem, reset } = useSubmit();
  const [email, setEmail] = React.useState('');
  const [clientNumber, setClientNumber] = React.useState('');
  const [name, setName] = React.useState('');
  const [postalCode, setPostalCode] = React.useState('');
  const [found, setFound] = React.useState<{ query: Query; data: PrivacyExport } | null>(null);
  const [downloading, setDownloading] = React.useState<'pdf' | 'json' | null>(null);
  const errors = problem?.fieldErrors ?? {};

  const search = async (event: React.FormEvent) => {
    event.preventDefault();
    setFound(null);
    const query: Query = {
      email: email.trim() || undefined,
      clientNumber: clientNumber.trim() || undefined,
      name: name.trim() || undefined,
      postalCode: postalCode.trim() || undefined,
    };
    if (!query.email && !query.clientNumber && !query.name && !query.postalCode) {
      setProblem({ status: 400, code: 'invalid_input', message: t('privacy.access.fillOne'), fieldErrors: { email: t('privacy.access.fillOne') } });
      return;
    }
    const data = await submit(() => api.privacyExport(query));
    if (data) setFound({ query, data });
  };

  const baseName = (query: Query) => `inzage-${fileNamePart(query.email || query.clientNumber || query.postalCode || '')}`;
  const download = async (format: 'pdf' | 'json') => {
    if (!found) return;
    setDownloading(format);
    try {
      const blob =
        format === 'pdf' ? await api.privacyExportPdf(found.query) : new Blob([JSON.stringify({ data: found.data }, null, 2)], { type: 'application/json' });
      saveBlob(blob, `${baseName(found.query)}.${format}`);
    } catch {
      toggleNotification({ type: 'danger', message: t('privacy.access.downloadFailed') });
    } finally {
      setDownloading(null);
    }
  };
  const who = found ? (found.query.email ?? found.query.clientNumber ?? [found.query.name, found.query.postalCode].filter(Boolean).join(', ')) : '';

  return (
    <Section title={t('privacy.access.title')} id="privacy-access">
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Typography textColor="neutral700" tag="p">
          {t('privacy.access.intro')}
        </Typography>
        <form onSubmit={search} noValidate aria-label={t('privacy.access.title')}>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <ProblemAlert problem={problem} shownFields={['email', 'clientNumber', 'name', 'postalCode']} onClose={reset} />
            <Grid.Root gap={4} gridCols={12}>
              <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="email"
                  type="email"
                  autoComplete="off"
                  label={t('privacy.access.email')}
                  error={errors.email}
                  value={email}
                  onChange={(value) => {
                    setEmail(value);
                    setFound(null);
                  }}
                />
              </Grid.Item>
              <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="clientNumber"
                  autoComplete="off"
                  label={t('privacy.access.clientNumber')}
                  error={errors.clientNumber}
                  value={clientNumber}
                  onChange={(value) => {
                    setClientNumber(value);
                    setFound(null);
                  }}
                />
              </Grid.Item>
              <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="name"
                  autoComplete="off"
                  label={t('privacy.access.name')}
                  error={errors.name}
                  value={name}
                  onChange={(value) => {
                    setName(value);
                    setFound(null);
                  }}
                />
              </Grid.Item>
              <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="postalCode"
                  autoComplete="off"
                  label={t('privacy.access.postalCode')}
                  error={errors.postalCode}
                  value={postalCode}
                  onChange={(value) => {
                    setPostalCode(value);
                    setFound(null);
                  }}
                />
              </Grid.Item>
            </Grid.Root>
            <Typography variant="pi" textColor="neutral600">
              {t('privacy.access.hint')}
            </Typography>
            <Box>
              <Button type="submit" startIcon={<Search />} loading={isSubmitting}>
                {t('privacy.access.search')}
              </Button>
            </Box>
          </Flex>
        </form>

        {found && (
          <Box borderColor="neutral200" hasRadius padding={4} tag="section" aria-labelledby="privacy-found-title" data-testid="privacy-found">
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography id="privacy-found-title" variant="epsilon" tag="h3" role="status">
                {t('privacy.access.found', { count: found.data.complaints.length, who })}
              </Typography>
              {found.data.complaints.length > 0 && (
                <Table colCount={3} rowCount={found.data.complaints.length + 1}>
                  <ColumnHeads labels={[t('list.col.reference'), t('dossier.received'), t('list.col.status')]} />
                  <Tbody>
                    {found.data.complaints.map((complaint) => (
                      <Tr key={complaint.id}>
                        <Td>
                          <Link tag={NavLink} to={dossierPath(complaint.id)}>
                            {complaint.reference}
                          </Link>
                        </Td>
                        <Td>
                          <Typography>{formatDateTime(complaint.receivedAt, locale)}</Typography>
                        </Td>
                        <Td>
                          <Flex gap={2} wrap="wrap">
                            <StatusBadge status={complaint.status} />
                            {complaint.anonymisedAt && <Badge>{t('privacy.access.anonymised')}</Badge>}
                          </Flex>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )}
              <Flex gap={2} wrap="wrap">
                <Button startIcon={<Download />} loading={downloading === 'pdf'} onClick={() => download('pdf')}>
                  {t('privacy.access.downloadPdf')}
                </Button>
                <Button variant="secondary" startIcon={<Download />} loading={downloading === 'json'} onClick={() => download('json')}>
                  {t('privacy.access.downloadJson')}
                </Button>
              </Flex>
              <Typography variant="pi" textColor="neutral600">
                {t('privacy.access.formats')}
              </Typography>
            </Flex>
          </Box>
        )}
      </Flex>
    </Section>
  );
};

/** The retention term, applied now: the nightly job's work on demand. */
const Retention = () => {
  const { t } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const [result, setResult] = React.useState<number | null>(null);
  return (
    <Section title={t('privacy.retention.title')} id="privacy-retention">
      <Flex direction="column" alignItems="flex-start" gap={4}>
        <Typography textColor="neutral700" tag="p">
          {t('privacy.retention.intro')}
        </Typography>
        <Typography textColor="neutral700" tag="p">
          {t('privacy.retention.kept')}
        </Typography>
        <IrreversibleAction
          label={t('privacy.retention.run')}
          title={t('privacy.retention.confirmTitle')}
          description={t('privacy.retention.confirm')}
          confirmLabel={t('privacy.retention.runNow')}
          isBusy={isSubmitting}
          problem={problem}
          onOpen={reset}
          onConfirm={async () => {
            const done = await submit(() => api.runRetention());
            if (done) setResult(done.anonymised);
            return Boolean(done);
          }}
        />
        {result !== null && (
          <Box width="100%" data-testid="retention-result">
            <Notice title={t('privacy.retention.done.title')}>{t('privacy.retention.done', { count: result })}</Notice>
          </Box>
        )}
      </Flex>
    </Section>
  );
};
