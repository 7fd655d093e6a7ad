import * as React from 'react';
import { Box, Button, Checkbox, Flex, Link, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { WEBHOOK_EVENTS } from '../../../../../shared/webhooks';
import { Section } from '../../../components/Section';
import { useFetchClient } from '@strapi/strapi/admin';
import { useSubmit } from '../../../hooks/useSubmit';
import { useT } from '../../../hooks/useT';
import { createSiteWebhooksClient, type SiteWebhook } from '../../../api/site-webhooks';
import { parseApiError, type ApiProblem } from '../../../lib/errors';
import { COMPLAINT_EVENTS, complaintEventsOf, withComplaintEvents } from '../../../lib/webhooks';
import { SettingsPage } from '../SettingsPage';

/**
 * Which of the site's webhooks (Settings → Webhooks) receive the procedure's events. Strapi's own webhook
 * page lists only Strapi's events; the webhooks themselves are Strapi's, read and saved through its API.
 */
function useSiteWebhooks() {
  const { get, put } = useFetchClient();
  return React.useMemo(() => createSiteWebhooksClient({ get, put }), [get, put]);
}

export const WebhooksSettingsPage = () => {
  const { t, locale } = useT();
  const api = useSiteWebhooks();
  const [webhooks, setWebhooks] = React.useState<SiteWebhook[] | null>(null);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);

  React.useEffect(() => {
    let current = true;
    api.list().then(
      (list) => current && setWebhooks(list),
      (error) => current && setProblem(parseApiError(error, locale)),
    );
    return () => {
      current = false;
    };
  }, [api, locale]);

  return (
    <SettingsPage title={t('settings.webhooks.title')} subtitle={t('settings.webhooks.subtitle')} isLoading={!webhooks && !problem} problem={problem}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        {webhooks?.length === 0 && (
          <Section title={t('settings.webhooks.none')} id="webhooks-none">
            <Typography>{t('settings.webhooks.noneHelp')} </Typography>
            <Link href="../webhooks/create">{t('settings.webhooks.create')}</Link>
          </Section>
        )}
        {webhooks?.map((webhook) => (
          <WebhookEvents
            key={webhook.id}
            webhook={webhook}
            onSaved={(saved) => setWebhooks((list) => (list ?? []).map((w) => (w.id === saved.id ? saved : w)))}
          />
        ))}
        <Typography variant="pi" textColor="neutral600">
          {t('settings.webhooks.payload')}
        </Typography>
      </Flex>
    </SettingsPage>
  );
};

const WebhookEvents = ({ webhook, onSaved }: { webhook: SiteWebhook; onSaved: (saved: SiteWebhook) => void }) => {
  const { t, pick } = useT();
  const api = useSiteWebhooks();
  const saving = useSubmit();
  const [chosen, setChosen] = React.useState<Set<string>>(() => complaintEventsOf(webhook.events));
  const all = COMPLAINT_EVENTS.every((event) => chosen.has(event));
  const toggle = (event: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(event);
      else next.delete(event);
      return next;
    });

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const saved = await saving.submit(
      () => api.update({ ...webhook, events: withComplaintEvents(webhook.events, chosen) }),
      t('settings.webhooks.saved', { name: webhook.name }),
    );
    if (saved) onSaved(saved);
  };

  const headingId = `webhook-${webhook.id}`;
  return (
    <Section title={webhook.name} id={headingId}>
      <form onSubmit={save} aria-label={t('settings.webhooks.formLabel', { name: webhook.name })}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography textColor="neutral600">{webhook.url}</Typography>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Typography variant="sigma">{t('settings.webhooks.events')}</Typography>
            </legend>
            <Box paddingTop={2} paddingBottom={2}>
              <Checkbox checked={all ? true : chosen.size > 0 ? 'indeterminate' : false} onCheckedChange={(on: boolean | 'indeterminate') => setChosen(on === true ? new Set(COMPLAINT_EVENTS) : new Set())}>
                {t('settings.webhooks.all')}
              </Checkbox>
            </Box>
            <Flex wrap="wrap" gap={3}>
              {COMPLAINT_EVENTS.map((name) => (
                <Box key={name} minWidth="22rem">
                  <Checkbox name={name} checked={chosen.has(name)} onCheckedChange={(on: boolean | 'indeterminate') => toggle(name, on === true)}>
                    {pick(WEBHOOK_EVENTS[name])} <Typography variant="pi" textColor="neutral600">({name})</Typography>
                  </Checkbox>
                </Box>
              ))}
            </Flex>
          </fieldset>
          <Box>
            <Button type="submit" startIcon={<Check />} loading={saving.isSubmitting}>
              {t('settings.webhooks.save')}
            </Button>
          </Box>
        </Flex>
      </form>
    </Section>
  );
};

export default WebhooksSettingsPage;
