import * as React from 'react';
import { Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import type { ProcedureSettings } from '../../../../../shared/contracts';
import { SelectField } from '../../../components/form/Fields';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Facts, Section } from '../../../components/Section';
import { useAdminClient } from '../../../hooks/useAdminClient';
import { useSubmit } from '../../../hooks/useSubmit';
import { useT } from '../../../hooks/useT';
import { isRegime, presetChanges, REGIME_LABELS, REGIMES, type PresetChange, type Regime } from '../../../lib/regimes';

/**
 * The legal regime: chosen in the form (saved with the other settings), and a button that fills the terms
 * and the next body from the regime's preset on the server, after the editor has seen what it overwrites.
 */
export const RegimeSection = ({
  values,
  dirty,
  error,
  onChange,
  onApplied,
}: {
  values: ProcedureSettings;
  /** The form holds changes not saved yet (filling from the preset replaces them). */
  dirty: boolean;
  error?: string;
  onChange: (regime: Regime) => void;
  onApplied: (settings: ProcedureSettings) => void;
}) => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const [open, setOpen] = React.useState(false);
  const regimeLabel = REGIME_LABELS[values.regime]?.[locale] ?? values.regime;

  const apply = async () => {
    const settings = await submit(() => api.applyRegime({ regime: values.regime }), t('settings.regime.applied', { regime: regimeLabel }));
    if (settings) {
      setOpen(false);
      onApplied(settings);
    }
  };

  return (
    <Section title={t('settings.regime')} id="settings-regime">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <SelectField
          name="regime"
          label={t('settings.regime.label')}
          hint={t('settings.regime.hint')}
          error={error}
          value={values.regime}
          onChange={(value) => isRegime(value) && onChange(value)}
          options={REGIMES.map((regime) => ({ value: regime, label: REGIME_LABELS[regime][locale] }))}
        />
        <Dialog.Root
          open={open}
          onOpenChange={(next) => {
            if (next) reset();
            setOpen(next);
          }}
        >
          <Box>
            <Dialog.Trigger>
              <Button type="button" variant="secondary" startIcon={<ArrowClockwise />} disabled={!isRegime(values.regime)}>
                {t('settings.regime.fill')}
              </Button>
            </Dialog.Trigger>
          </Box>
          <Dialog.Content>
            <Dialog.Header>{t('settings.regime.confirmTitle')}</Dialog.Header>
            <Dialog.Body>
              <Flex direction="column" alignItems="stretch" gap={4} width="100%">
                <Dialog.Description>{t('settings.regime.confirmIntro', { regime: regimeLabel })}</Dialog.Description>
                <ProblemAlert problem={problem} onClose={reset} />
                <PresetChanges values={values} />
                {dirty && (
                  <Typography variant="pi" textColor="warning700">
                    {t('settings.regime.unsaved')}
                  </Typography>
                )}
              </Flex>
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.Cancel>
                <Button type="button" fullWidth variant="tertiary">
                  {t('common.cancel')}
                </Button>
              </Dialog.Cancel>
              <Button type="button" fullWidth loading={isSubmitting} onClick={apply}>
                {t('settings.regime.confirm')}
              </Button>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Root>
      </Flex>
    </Section>
  );
};

/** What filling from the preset overwrites (value now and after), and which values stay as they are. */
const PresetChanges = ({ values }: { values: ProcedureSettings }) => {
  const { t } = useT();
  const changes = presetChanges(values, values.regime);
  const show = (value: string | number | null) => (value === null ? t('settings.regime.notSet') : value === '' ? t('settings.regime.empty') : String(value));
  const label = (change: PresetChange) => t(`settings.procedure.${change.key}`);
  const changed = changes.filter((change) => change.changed);
  const same = changes.filter((change) => !change.changed);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {changed.length ? (
        <Box
          role="region"
          aria-label={t('settings.regime.changes')}
          tabIndex={0}
          maxHeight="40vh"
          overflow="auto"
          textAlign="left"
          background="neutral100"
          hasRadius
          padding={3}
        >
          <Facts
            stacked
            items={changed.map((change) => [
              label(change),
              <Flex key={change.key} direction="column" alignItems="flex-start" tag="span">
                <Typography variant="pi" textColor="neutral600">
                  {t('settings.regime.now', { value: show(change.current) })}
                </Typography>
                <Typography variant="pi" fontWeight="semiBold">
                  {t('settings.regime.becomes', { value: show(change.next) })}
                </Typography>
              </Flex>,
            ])}
          />
        </Box>
      ) : (
        <Typography textColor="neutral700">{t('settings.regime.nothingChanges')}</Typography>
      )}
      {changed.length > 0 && same.length > 0 && (
        <Typography variant="pi" textColor="neutral600" textAlign="left">
          {t('settings.regime.unchanged', { fields: same.map(label).join(', ') })}
        </Typography>
      )}
    </Flex>
  );
};
