import { Box, Button, Flex, Grid } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import type { Lookups } from '../../../../shared/contracts';
import { SelectField, TextareaField, TextField } from '../../components/form/Fields';
import { useT } from '../../hooks/useT';
import { rowErrors } from '../../lib/errors';
import { RowGroup } from '../../components/form/RowGroup';
import type { AgreementRow } from './useOutcomeForm';

interface Props {
  rows: AgreementRow[];
  errors: Record<string, string>;
  lookups: Lookups | undefined;
  setRow: (key: number, changes: Partial<AgreementRow>) => void;
  addRow: () => void;
  removeRow: (key: number) => void;
}

/** The agreements of the outcome: what, who keeps it (an employee or a department), and by when. */
export const AgreementRows = ({ rows, errors, lookups, setRow, addRow, removeRow }: Props) => {
  const { t } = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {rows.map((row, index) => {
        const rowError = rowErrors(errors, 'agreements', index);
        const owners =
          row.ownerType === 'user'
            ? (lookups?.users ?? []).map((u) => ({ value: String(u.id), label: u.name }))
            : (lookups?.departments ?? []).filter((d) => d.active).map((d) => ({ value: String(d.id), label: d.name }));
        const n = index + 1;
        return (
          <RowGroup key={row.key} id={`agreement-${row.key}`} title={t('outcome.agreement.legend', { n })} removeLabel={t('outcome.agreement.remove', { n })} onRemove={() => removeRow(row.key)}>
            <Grid.Root gap={4} gridCols={12}>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <TextareaField
                  name={`agreements.${index}.description`}
                  label={t('outcome.agreement.description')}
                  required
                  rows={2}
                  error={rowError.description}
                  value={row.description}
                  onChange={(value) => setRow(row.key, { description: value })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <SelectField
                  name={`agreements.${index}.ownerType`}
                  label={t('outcome.agreement.ownerType')}
                  value={row.ownerType}
                  onChange={(value) => setRow(row.key, { ownerType: value as AgreementRow['ownerType'], ownerId: '' })}
                  options={[
                    { value: 'department', label: t('outcome.agreement.ownerType.department') },
                    { value: 'user', label: t('outcome.agreement.ownerType.user') },
                  ]}
                />
              </Grid.Item>
              <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
                <SelectField
                  name={`agreements.${index}.owner`}
                  label={t('outcome.agreement.owner')}
                  required
                  placeholder={t('common.choose')}
                  error={rowError.ownerUserId ?? rowError.ownerDepartmentId}
                  value={row.ownerId}
                  onChange={(value) => setRow(row.key, { ownerId: value })}
                  options={owners}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <TextField
                  name={`agreements.${index}.dueDate`}
                  label={t('outcome.agreement.dueDate')}
                  type="date"
                  required
                  error={rowError.dueDate}
                  value={row.dueDate}
                  onChange={(value) => setRow(row.key, { dueDate: value })}
                />
              </Grid.Item>
            </Grid.Root>
          </RowGroup>
        );
      })}
      <Box>
        <Button variant="secondary" startIcon={<Plus />} onClick={addRow}>
          {t('outcome.agreement.add')}
        </Button>
      </Box>
    </Flex>
  );
};
