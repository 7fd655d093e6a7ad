import { Box, Button, Flex, LinkButton } from '@strapi/design-system';
import { File } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFocusFirstError } from '../../hooks/useFocusFirstError';
import { useLookups } from '../../hooks/useLookups';
import { useT } from '../../hooks/useT';
import { printableFormUrl } from '../../api/client';
import { Notice } from '../../components/Notice';
import { formatDateTime } from '../../lib/dates';
import { MailDrafts } from './MailDrafts';
import { RegisterForm, REGISTER_FIELDS } from './RegisterForm';
import { useRegisterForm } from './useRegisterForm';

/** Step 1: a complaint that arrived on paper, by phone, by e-mail or at the desk goes into the system. */
export const RegisterPage = () => {
  const { t, locale } = useT();
  const lookups = useLookups();
  const form = useRegisterForm();
  useFocusFirstError(form.problem);

  return (
    <Page.Main>
      <Page.Title>{t('step.1.title')}</Page.Title>
      <form onSubmit={form.onSubmit} noValidate aria-label={t('step.1.title')}>
        <Layouts.Header
          title={t('step.1.title')}
          subtitle={t('step.1.subtitle')}
          primaryAction={
            <Flex gap={2}>
              <LinkButton
                variant="tertiary"
                startIcon={<File />}
                href={printableFormUrl()}
                target="_blank"
                rel="noopener"
                isExternal
              >
                {t('register.printBlank')}
              </LinkButton>
              <Button type="submit" loading={form.isSubmitting}>
                {t('register.submit')}
              </Button>
            </Flex>
          }
        />
        <Layouts.Content>
          <MailDrafts
            chosen={form.values.incomingMail}
            onChoose={(mail) => {
              form.takeMail(mail);
              // to the notice of what was taken over, just above the form (once it has rendered)
              requestAnimationFrame(() => document.getElementById('register-form-start')?.focus());
            }}
          />
          <div id="register-form-start" tabIndex={-1}>
            {form.values.incomingMail && (
              <Flex direction="column" alignItems="stretch" gap={2} paddingBottom={4}>
                <Notice>
                  {t('mail.inForm', {
                    from: form.values.incomingMail.fromName || form.values.incomingMail.fromAddress || '—',
                    date: formatDateTime(form.values.incomingMail.receivedAt, locale),
                    count: form.values.incomingMail.attachments.length,
                  })}
                </Notice>
                <Box>
                  <Button size="S" variant="tertiary" onClick={() => form.takeMail(null)}>
                    {t('mail.cancel')}
                  </Button>
                </Box>
              </Flex>
            )}
          </div>
          <ProblemAlert problem={form.problem} shownFields={REGISTER_FIELDS} onClose={form.reset} />
          <RegisterForm values={form.values} set={form.set} errors={form.problem?.fieldErrors ?? {}} lookups={lookups.data} />
          <Flex justifyContent="flex-end" paddingTop={6}>
            <Button type="submit" size="L" loading={form.isSubmitting}>
              {t('register.submit')}
            </Button>
          </Flex>
        </Layouts.Content>
      </form>
    </Page.Main>
  );
};
