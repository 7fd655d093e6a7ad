import * as React from 'react';
import { Box, Button, Flex, IconButton, Link, Typography } from '@strapi/design-system';
import { Cross, Plus } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import type { Dossier } from '../../../../shared/contracts';
import { TextField } from '../../components/form/Fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { formatDate } from '../../lib/dates';
import { dossierPath } from '../../pluginId';

/**
 * Related complaints: the same matter complained about again, or by someone else. Linked both ways by
 * reference; "handled before" (Awb 9:8) links the earlier one when the notice is sent.
 */
export const RelatedPanel = ({ dossier, canProcess, onChanged }: { dossier: Dossier; canProcess: boolean; onChanged: (dossier: Dossier) => void }) => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const [reference, setReference] = React.useState('');
  const related = dossier.related ?? [];
  const mayLink = canProcess && !dossier.complaint.anonymisedAt;
  if (!related.length && !mayLink) return null;

  const add = async () => {
    const next = await submit(() => api.link(dossier.complaint.id, reference), t('related.linked'));
    if (!next) return;
    setReference('');
    onChanged(next);
  };
  const remove = async (relatedId: number) => {
    reset();
    const next = await submit(() => api.unlink(dossier.complaint.id, relatedId), t('related.unlinked'));
    if (next) onChanged(next);
  };

  return (
    <Section title={t('related.title')} id="dossier-related">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {!related.length ? (
          <Typography textColor="neutral600">{t('related.none')}</Typography>
        ) : (
          <Box tag="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {related.map((r) => (
              <Flex tag="li" key={r.id} gap={3} paddingBottom={2} alignItems="center">
                <Link tag={NavLink} to={dossierPath(r.id)}>
                  {r.reference}
                </Link>
                <Typography variant="pi" textColor="neutral600">
                  {t(`status.${r.status}`)} · {formatDate(r.receivedAt, locale)}
                </Typography>
                {mayLink && (
                  <IconButton label={t('related.unlink', { reference: r.reference })} variant="ghost" onClick={() => remove(r.id)}>
                    <Cross />
                  </IconButton>
                )}
              </Flex>
            ))}
          </Box>
        )}
        {mayLink && (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <ProblemAlert problem={problem} shownFields={['relatedReference']} />
            <Flex gap={2} alignItems="flex-end">
              <Box style={{ flex: 1 }}>
                <TextField name="relatedReference" label={t('related.reference')} hint={t('related.reference.hint')} error={problem?.fieldErrors.relatedReference} value={reference} onChange={setReference} />
              </Box>
            </Flex>
            <Flex>
              <Button variant="secondary" startIcon={<Plus />} disabled={!reference.trim()} loading={isSubmitting} onClick={add}>
                {t('related.link')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Flex>
    </Section>
  );
};
