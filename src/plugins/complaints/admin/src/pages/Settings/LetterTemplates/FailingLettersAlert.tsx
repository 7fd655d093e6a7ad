import * as React from 'react';
import { Alert } from '@strapi/design-system';
import type { LetterTemplate } from '../../../../../shared/contracts';
import { useT } from '../../../hooks/useT';

/**
 * A template can pass the check on sample data and still fail on a real complaint's data; the outbox then
 * marks those letters failed. Editors see it here, with the template error, until the letters are sent again.
 */
export const FailingLettersAlert = ({ template }: { template: LetterTemplate }) => {
  const { t } = useT();
  const [closed, setClosed] = React.useState(false);
  const failing = template.failedLetters;
  if (!failing || closed) return null;
  return (
    <Alert variant="danger" title={t('settings.letters.failing.title')} closeLabel={t('common.close')} onClose={() => setClosed(true)}>
      {t('settings.letters.failing.body', { count: failing.count, error: failing.lastError })}
    </Alert>
  );
};
