import * as React from 'react';
import { Box, Flex, Tabs, Typography } from '@strapi/design-system';
import type { LetterTemplate } from '../../../../../shared/contracts';
import { SelectField } from '../../../components/form/Fields';
import { queries } from '../../../api/client';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useT } from '../../../hooks/useT';
import { LETTER_KINDS } from '../../../lib/procedure';
import { SettingsPage } from '../SettingsPage';
import { FailingLettersAlert } from './FailingLettersAlert';
import { TemplateEditor, type Draft } from './TemplateEditor';

/**
 * The letters of the procedure, per kind, audience and language: edit with a live preview on sample data,
 * the placeholders at hand, save (the server checks every placeholder) or go back to the default text.
 */
export const LetterTemplatesSettingsPage = () => {
  const { t } = useT();
  const query = useApiQuery(queries.letterTemplates());
  const templates = query.data?.templates ?? [];
  const letters = uniqueLetters(templates);
  const [letter, setLetter] = React.useState('');
  const [locale, setLocale] = React.useState<'nl' | 'en'>('nl');
  const [drafts, setDrafts] = React.useState<Record<number, Draft>>({});
  const selectedLetter = letter || letters[0] || '';
  const template = templates.find((x) => `${x.kind}/${x.audience}` === selectedLetter && x.locale === locale);

  return (
    <SettingsPage
      title={t('settings.letters.title')}
      subtitle={t('settings.letters.subtitle')}
      isLoading={!query.data && query.isLoading}
      problem={query.problem}
    >
      <Tabs.Root value={locale} onValueChange={(value) => setLocale(value as 'nl' | 'en')} variant="simple">
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} marginBottom={6}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="40rem">
              <SelectField
                name="letter"
                label={t('settings.letters.choose')}
                value={selectedLetter}
                onChange={setLetter}
                options={letters.map((key) => {
                  const [kind, audience] = key.split('/');
                  const ofLetter = templates.filter((x) => `${x.kind}/${x.audience}` === key);
                  const edited = ofLetter.some((x) => drafts[x.id]);
                  const failing = ofLetter.some((x) => x.failedLetters);
                  return {
                    value: key,
                    label: `${t(`letterKind.${kind}`)} · ${t(`audience.${audience}`)}${edited ? ` (${t('settings.letters.unsaved')})` : ''}${failing ? ` (${t('settings.letters.failing.short')})` : ''}`,
                  };
                })}
              />
            </Box>
            <Tabs.List aria-label={t('settings.letters.language')}>
              <Tabs.Trigger value="nl">{t('language.nl')}</Tabs.Trigger>
              <Tabs.Trigger value="en">{t('language.en')}</Tabs.Trigger>
            </Tabs.List>
          </Flex>
        </Box>
        <Tabs.Content value={locale}>
          <Flex direction="column" alignItems="stretch" gap={6}>
            {template && <FailingLettersAlert key={`failing-${template.id}`} template={template} />}
            {template ? (
              <TemplateEditor
                key={template.id}
                template={template}
                draft={drafts[template.id]}
                setDraft={(draft) => setDrafts((previous) => ({ ...previous, [template.id]: draft }))}
                clearDraft={() =>
                  setDrafts((previous) => {
                    const { [template.id]: _saved, ...rest } = previous;
                    return rest;
                  })
                }
                placeholders={query.data?.placeholders ?? []}
                onSaved={query.reload}
              />
            ) : (
              query.data && <Typography textColor="neutral600">{t('settings.letters.missing')}</Typography>
            )}
          </Flex>
        </Tabs.Content>
      </Tabs.Root>
    </SettingsPage>
  );
};

/** Every kind/audience combination, in the procedure's order. */
function uniqueLetters(templates: LetterTemplate[]): string[] {
  const keys = [...new Set(templates.map((x) => `${x.kind}/${x.audience}`))];
  const order = (key: string) => LETTER_KINDS.indexOf(key.split('/')[0] as never);
  return keys.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

export default LetterTemplatesSettingsPage;
