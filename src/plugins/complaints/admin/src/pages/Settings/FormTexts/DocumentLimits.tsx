import { Box, Grid, Typography } from '@strapi/design-system';
import { ATTACHMENT_TYPES, type AttachmentRules, type AttachmentType } from '../../../../../shared/contracts/attachments';
import type { FormSettings } from '../../../../../shared/contracts';
import { CheckboxField, NumberField } from '../../../components/form/Fields';
import { Section } from '../../../components/Section';
import { useT } from '../../../hooks/useT';

type Limits = Pick<FormSettings, 'attachmentMaxFiles' | 'attachmentMaxMegabytes' | 'attachmentTypes'>;

interface Props {
  /** The most the site allows (the plugin option): editors choose within it. */
  site: AttachmentRules;
  values: Limits;
  errors: Record<string, string>;
  onChange: (limits: Partial<Limits>) => void;
}

/**
 * What documents the form, the status page and staff take: how many, how large, which kinds, within what
 * the site owner allowed. Empty numbers and every kind ticked mean "the site's own limits".
 */
export const DocumentLimits = ({ site, values, errors, onChange }: Props) => {
  const { t } = useT();
  const chosen = values.attachmentTypes ?? site.types;
  const toggle = (type: AttachmentType, on: boolean) => {
    const next = site.types.filter((candidate) => (candidate === type ? on : chosen.includes(candidate)));
    // every kind the site takes is the same as not choosing: stored as "the site's own"
    onChange({ attachmentTypes: next.length === site.types.length ? null : next });
  };
  return (
    <Section title={t('settings.form.documents')} id="form-documents">
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        {t('settings.form.documents.intro', { files: site.maxFiles, megabytes: site.maxMegabytes })}
      </Typography>
      <Grid.Root gap={5} gridCols={12}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <NumberField
            name="attachmentMaxFiles"
            label={t('settings.form.attachmentMaxFiles')}
            hint={t('settings.form.attachmentMaxFiles.hint', { max: site.maxFiles })}
            min={1}
            max={site.maxFiles}
            error={errors.attachmentMaxFiles}
            value={values.attachmentMaxFiles ?? undefined}
            onChange={(value) => onChange({ attachmentMaxFiles: value ?? null })}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <NumberField
            name="attachmentMaxMegabytes"
            label={t('settings.form.attachmentMaxMegabytes')}
            hint={t('settings.form.attachmentMaxMegabytes.hint', { max: site.maxMegabytes })}
            min={1}
            max={Math.floor(site.maxMegabytes)}
            error={errors.attachmentMaxMegabytes}
            value={values.attachmentMaxMegabytes ?? undefined}
            onChange={(value) => onChange({ attachmentMaxMegabytes: value ?? null })}
          />
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Typography variant="omega" fontWeight="semiBold" tag="h3">
            {t('settings.form.attachmentTypes')}
          </Typography>
          {errors.attachmentTypes && (
            <Typography variant="pi" textColor="danger600" tag="p" role="alert">
              {errors.attachmentTypes}
            </Typography>
          )}
          <Box paddingTop={2} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))', gap: '0.8rem' }}>
            {site.types.map((type) => (
              <CheckboxField key={type} name={`attachment-type-${ATTACHMENT_TYPES[type]}`} label={ATTACHMENT_TYPES[type]} value={chosen.includes(type)} onChange={(on) => toggle(type, on)} />
            ))}
          </Box>
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};
