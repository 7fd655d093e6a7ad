import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { SelectField, TextareaField } from '../../components/form/Fields';
import { useT } from '../../hooks/useT';
import { rowErrors } from '../../lib/errors';
import { JUDGEMENTS } from '../../lib/procedure';
import { RowGroup } from '../../components/form/RowGroup';
import type { PartRow } from './useOutcomeForm';

interface Props {
  rows: PartRow[];
  errors: Record<string, string>;
  setPart: (key: number, changes: Partial<PartRow>) => void;
  addPart: () => void;
  removePart: (key: number) => void;
}

/** The parts (grievances) of the complaint, each judged on its own (Awb 9:12); none: judged as a whole. */
export const PartRows = ({ rows, errors, setPart, addPart, removePart }: Props) => {
  const { t } = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography textColor="neutral700">{t('outcome.parts.intro')}</Typography>
      {rows.map((row, index) => {
        const rowError = rowErrors(errors, 'parts', index);
        const n = index + 1;
        return (
          <RowGroup key={row.key} id={`part-${row.key}`} title={t('outcome.part.legend', { n })} removeLabel={t('outcome.part.remove', { n })} onRemove={() => removePart(row.key)}>
            <Grid.Root gap={4} gridCols={12}>
              <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
                <TextareaField
                  name={`parts.${index}.description`}
                  label={t('outcome.part.description')}
                  required
                  rows={2}
                  error={rowError.description}
                  value={row.description}
                  onChange={(value) => setPart(row.key, { description: value })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <SelectField
                  name={`parts.${index}.judgement`}
                  label={t('outcome.part.judgement')}
                  required
                  placeholder={t('common.choose')}
                  error={rowError.judgement}
                  value={row.judgement}
                  onChange={(value) => setPart(row.key, { judgement: value })}
                  options={JUDGEMENTS.map((j) => ({ value: j, label: t(`judgement.${j}`) }))}
                />
              </Grid.Item>
            </Grid.Root>
          </RowGroup>
        );
      })}
      <Box>
        <Button variant="secondary" startIcon={<Plus />} onClick={addPart}>
          {t('outcome.part.add')}
        </Button>
      </Box>
    </Flex>
  );
};
