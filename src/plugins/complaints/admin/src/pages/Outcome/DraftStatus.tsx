import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { IrreversibleAction } from '../../components/IrreversibleAction';
import { Notice } from '../../components/Notice';
import type { DraftState } from '../../hooks/useOutcomeDraft';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';

/**
 * Whether what is written is kept: a quiet line while all is well, spoken to screen readers without
 * interrupting; a warning with the two ways on when a colleague saved in between.
 */
export const DraftStatus = ({
  state,
  onResolve,
  onDiscard,
}: {
  state: DraftState;
  onResolve: (choice: 'theirs' | 'mine') => void;
  /** Throws the kept draft away; resolves true when done. */
  onDiscard: () => Promise<boolean>;
}) => {
  const { t, locale } = useT();
  const [discarding, setDiscarding] = React.useState(false);
  if (state.kind === 'conflict') {
    return (
      <Box paddingBottom={4}>
        <Notice variant="warning" title={t('outcome.draft.conflict.title')}>
          <Flex direction="column" alignItems="flex-start" gap={3}>
            <Typography>{state.message}</Typography>
            <Flex gap={2} wrap="wrap">
              <Button variant="secondary" onClick={() => onResolve('theirs')}>
                {t('outcome.draft.conflict.theirs')}
              </Button>
              <Button variant="tertiary" onClick={() => onResolve('mine')}>
                {t('outcome.draft.conflict.mine')}
              </Button>
            </Flex>
          </Flex>
        </Notice>
      </Box>
    );
  }
  const text =
    state.kind === 'saving'
      ? t('outcome.draft.saving')
      : state.kind === 'saved'
        ? state.savedBy
          ? t('outcome.draft.savedBy', { time: formatDateTime(state.savedAt, locale), name: state.savedBy })
          : t('outcome.draft.saved', { time: formatDateTime(state.savedAt, locale) })
        : state.kind === 'failed'
          ? t('outcome.draft.failed', { reason: state.message ?? t('error.unexpected') })
          : t('outcome.draft.none');
  return (
    <Flex paddingBottom={4} gap={4} justifyContent="space-between" wrap="wrap">
      <Typography variant="pi" textColor={state.kind === 'failed' ? 'danger600' : 'neutral600'} role="status" data-testid="outcome-draft-status">
        {text}
      </Typography>
      {state.kind === 'saved' && (
        <IrreversibleAction
          label={t('outcome.draft.discard')}
          size="S"
          icon={<Trash />}
          title={t('outcome.draft.discard.title')}
          description={t('outcome.draft.discard.description')}
          confirmLabel={t('outcome.draft.discard')}
          isBusy={discarding}
          problem={null}
          onConfirm={async () => {
            setDiscarding(true);
            try {
              return await onDiscard();
            } finally {
              setDiscarding(false);
            }
          }}
        />
      )}
    </Flex>
  );
};
