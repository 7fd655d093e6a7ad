import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { MAX_PERSONS } from '../../../../shared/contracts/complaints';
import type { StaffUser } from '../../../../shared/contracts';
import { useT } from '../../hooks/useT';
import { emptyPerson, personErrors, type PersonRow } from '../../lib/persons';
import { SelectField, TextField } from './Fields';
import { RowGroup } from './RowGroup';

/**
 * The persons a behaviour complaint is about, in the registration form and the correction dialog: per person
 * the name, the function and the staff account where there is one (a linked account keeps them off the
 * complaint, Awb 9:7, and brings them the letters). The inputs are named `persons.<index>.<field>` as the
 * server names its errors, so each error lands on its own input.
 */
export const PersonsFields = ({
  prefix = '',
  rows,
  onChange,
  errors,
  users,
}: {
  /** Keeps the inputs' names unique where a page holds two forms (the dossier's dialog). */
  prefix?: string;
  rows: PersonRow[];
  onChange: (rows: PersonRow[]) => void;
  errors: Record<string, string>;
  users: StaffUser[] | undefined;
}) => {
  const { t } = useT();
  const id = `${prefix}persons`;
  const placed = personErrors(errors, rows.length);
  const full = rows.length >= MAX_PERSONS;
  const setRow = (key: number, changes: Partial<PersonRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));
  // Described by its error, the list is where focus lands first after a refusal (useFocusFirstError), before its rows.
  const listError = placed.list.length ? `${id}-error` : undefined;

  return (
    <Flex role="group" aria-labelledby={`${id}-title`} aria-describedby={listError} direction="column" alignItems="stretch" gap={4}>
      <Typography id={`${id}-title`} tag="h3" variant="delta">
        {t('register.persons')}
      </Typography>
      {listError && (
        <Typography id={listError} variant="pi" textColor="danger600">
          {placed.list.join(' ')}
        </Typography>
      )}
      {rows.map((row, index) => {
        const rowError = placed.rows[index];
        const name = (field: string) => `${prefix}persons.${index}.${field}`;
        const n = index + 1;
        // An account belongs to one person: the ones chosen in other rows are not offered again.
        const taken = new Set(rows.filter((other) => other.key !== row.key && other.userId).map((other) => other.userId));
        return (
          <RowGroup
            key={row.key}
            id={`${id}-${row.key}`}
            headingTag="h4"
            title={t('register.persons.person', { n })}
            removeLabel={t('register.persons.remove', { n })}
            onRemove={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            {rowError.row && (
              <Box paddingBottom={3}>
                <Typography variant="pi" textColor="danger600">
                  {rowError.row}
                </Typography>
              </Box>
            )}
            <Grid.Root gap={4} gridCols={12}>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <TextField
                  name={name('name')}
                  label={t('register.accusedName')}
                  required
                  autoComplete="off"
                  error={rowError.name}
                  value={row.name}
                  onChange={(value) => setRow(row.key, { name: value })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <TextField
                  name={name('function')}
                  label={t('register.accusedFunction')}
                  autoComplete="off"
                  error={rowError.function}
                  value={row.function}
                  onChange={(value) => setRow(row.key, { function: value })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <SelectField
                  name={name('userId')}
                  label={t('register.accusedUserId')}
                  hint={t('register.accusedUserId.hint')}
                  placeholder={t('common.none')}
                  error={rowError.userId}
                  value={row.userId}
                  onChange={(value) => setRow(row.key, { userId: value })}
                  onClear={() => setRow(row.key, { userId: '' })}
                  clearLabel={t('common.clear')}
                  options={(users ?? []).filter((u) => !taken.has(String(u.id))).map((u) => ({ value: String(u.id), label: u.name }))}
                />
              </Grid.Item>
            </Grid.Root>
          </RowGroup>
        );
      })}
      <Flex gap={3} wrap="wrap">
        <Button variant="secondary" startIcon={<Plus />} disabled={full} aria-describedby={full ? `${id}-max` : undefined} onClick={() => onChange([...rows, emptyPerson()])}>
          {t('register.persons.add')}
        </Button>
        {full && (
          <Typography id={`${id}-max`} variant="pi" textColor="neutral600">
            {t('register.persons.max', { max: MAX_PERSONS })}
          </Typography>
        )}
      </Flex>
    </Flex>
  );
};
