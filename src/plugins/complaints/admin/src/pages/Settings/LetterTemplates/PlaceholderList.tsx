import { Accordion, Box, Flex, TextButton, Typography } from '@strapi/design-system';
import type { Placeholder } from '../../../../../shared/contracts';
import { useT } from '../../../hooks/useT';

/** The placeholders templates can use, with an example; choosing one inserts it into the letter. */
export const PlaceholderList = ({ placeholders, onInsert }: { placeholders: Placeholder[]; onInsert: (text: string) => void }) => {
  const { t, pick } = useT();
  // Lists and conditions (`agreements`, `hearing`) are used in tags, not printed as they are.
  const snippet = (path: string) =>
    path === 'agreements'
      ? '{% for afspraak in agreements %}{{ afspraak.description }}{% endfor %}'
      : path === 'hearing'
        ? '{% if hearing %}{% endif %}'
        : `{{ ${path.replace('agreements[].', 'afspraak.')} }}`;
  return (
    <Accordion.Root>
      <Accordion.Item value="placeholders">
        <Accordion.Header>
          <Accordion.Trigger description={t('settings.letters.placeholders.hint')}>{t('settings.letters.placeholders')}</Accordion.Trigger>
        </Accordion.Header>
        <Accordion.Content>
          <Box tag="ul" padding={4} style={{ listStyle: 'none', margin: 0 }}>
            {placeholders.map((placeholder) => (
              <Box tag="li" key={placeholder.path} paddingBottom={3}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <TextButton onClick={() => onInsert(snippet(placeholder.path))} aria-label={t('settings.letters.insert', { path: placeholder.path })}>
                    <code>{snippet(placeholder.path)}</code>
                  </TextButton>
                  <Typography variant="pi">{pick(placeholder.description)}</Typography>
                  {placeholder.example && (
                    <Typography variant="pi" textColor="neutral600">
                      {t('settings.letters.example', { example: placeholder.example })}
                    </Typography>
                  )}
                </Flex>
              </Box>
            ))}
          </Box>
        </Accordion.Content>
      </Accordion.Item>
    </Accordion.Root>
  );
};
