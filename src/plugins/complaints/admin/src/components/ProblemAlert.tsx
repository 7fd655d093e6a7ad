import * as React from 'react';
import { Alert, Box } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { unplacedErrors, type ApiProblem } from '../lib/errors';

/**
 * Why the server refused: a 409 says which rule of the procedure or the law stands in the way; a 400
 * points at the fields (and lists here what has no field of its own on screen).
 */
export const ProblemAlert = ({ problem, shownFields = [], onClose }: { problem: ApiProblem | null; shownFields?: readonly string[]; onClose?: () => void }) => {
  const { t } = useT();
  // Closing hides this problem; the next one (a new attempt) shows again.
  const [dismissed, setDismissed] = React.useState<ApiProblem | null>(null);
  if (!problem || dismissed === problem) return null;
  const loose = unplacedErrors(problem.fieldErrors, shownFields);
  const conflict = problem.status === 409;
  const title = conflict ? t('problem.conflictTitle') : problem.status === 400 ? t('problem.invalidTitle') : t('problem.errorTitle');
  return (
    <Box paddingBottom={4}>
      <Alert
        variant={conflict ? 'warning' : 'danger'}
        title={title}
        closeLabel={t('common.close')}
        onClose={onClose ?? (() => setDismissed(problem))}
        role="alert"
      >
        {[problem.message ?? t('error.unexpected'), ...loose].map((line, index) => (
          <React.Fragment key={line}>
            {index > 0 && <br />}
            {line}
          </React.Fragment>
        ))}
      </Alert>
    </Box>
  );
};
