import * as React from 'react';
import { Flex, Grid, Modal } from '@strapi/design-system';
import { COMPLAINANT_FIELDS, COMPLAINT_FIELDS } from '../../../../shared/contracts/complaints';
import type { Complaint, Dossier } from '../../../../shared/contracts';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../components/form/Fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PersonsFields } from '../../components/form/PersonsFields';
import { RepresentativeFields, REPRESENTATIVE_ERROR_FIELDS, representativeBody, representativeValuesOf, type RepresentativeValues } from '../../components/form/RepresentativeFields';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useFocusFirstError } from '../../hooks/useFocusFirstError';
import { useLookups } from '../../hooks/useLookups';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { personRowsOf, personsBody, startPersons, type PersonRow } from '../../lib/persons';
import { ModalActions } from '../../components/ModalActions';

/** The fields a correction sets, as the registration form names them (its translations too). */
const TEXTS = COMPLAINANT_FIELDS;
const FIELDS: string[] = [...COMPLAINANT_FIELDS, ...REPRESENTATIVE_ERROR_FIELDS, ...COMPLAINT_FIELDS, 'reason'];
/** The persons are a list of their own (PersonsFields); the rest of the body is one value per field. */
const SCALAR_FIELDS = FIELDS.filter((name) => name !== 'persons');

type Values = Record<string, string | boolean>;

/** A behaviour complaint's persons as registered; at least an empty row to fill in where none is known. */
const personsOf = (complaint: Complaint): PersonRow[] => (complaint.aboutEmployeeBehaviour ? startPersons(personRowsOf(complaint.persons)) : personRowsOf(complaint.persons));

function valuesOf(complaint: Complaint): Values {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return {
    ...Object.fromEntries(TEXTS.map((name) => [name, text(complaint[name])])),
    ...representativeValuesOf(complaint),
    preferredLanguage: complaint.preferredLanguage ?? 'nl',
    categoryId: text(complaint.category?.id),
    aboutEmployeeBehaviour: Boolean(complaint.aboutEmployeeBehaviour),
    description: text(complaint.description),
    desiredOutcome: text(complaint.desiredOutcome),
    reason: '',
  };
}

/**
 * Correcting what was registered: the complainant's details and representative, the description, the category, whether it is
 * about an employee's behaviour and who. Each change goes into the timeline with before and after, and the
 * reason; who handles it follows the corrected facts (Awb 9:7, the department manager for behaviour).
 */
export const CorrectionDialog = ({ dossier, open, onOpenChange, onChanged }: { dossier: Dossier; open: boolean; onOpenChange: (open: boolean) => void; onChanged: (dossier: Dossier) => void }) => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const lookups = useLookups().data;
  const { submit, isSubmitting, problem, reset } = useSubmit();
  useFocusFirstError(problem);
  const [values, setValues] = React.useState<Values>(() => valuesOf(dossier.complaint));
  const [persons, setPersons] = React.useState<PersonRow[]>(() => personsOf(dossier.complaint));

  React.useEffect(() => {
    if (open) {
      setValues(valuesOf(dossier.complaint));
      setPersons(personsOf(dossier.complaint));
      reset();
    }
    // the form starts from the complaint as it is when the dialog opens
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const set = (name: string) => (value: string | boolean) => setValues((previous) => ({ ...previous, [name]: value }));
  const text = (name: string, options: { required?: boolean; type?: string } = {}) => (
    <TextField name={`correct-${name}`} label={t(`register.${name}`)} required={options.required} type={options.type} error={problem?.fieldErrors[name]} value={String(values[name])} onChange={set(name)} />
  );
  const behaviour = values.aboutEmployeeBehaviour === true;

  const save = async () => {
    const blank = (value: unknown) => (typeof value === 'string' && !value.trim() ? null : value);
    const body = { ...Object.fromEntries(SCALAR_FIELDS.map((name) => [name, blank(values[name])])), ...representativeBody(values as unknown as RepresentativeValues) };
    body.categoryId = values.categoryId ? Number(values.categoryId) : null;
    body.persons = personsBody(persons, behaviour);
    const next = await submit(() => api.correct(dossier.complaint.id, body), t('correct.done'));
    if (!next) return;
    onOpenChange(false);
    onChanged(next);
  };

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close')}>
          <Modal.Title>{t('correct.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <ProblemAlert problem={problem} shownFields={FIELDS} />
            <Grid.Root gap={4} gridCols={12}>
              {TEXTS.map((name) => (
                <Grid.Item key={name} col={6} s={12} direction="column" alignItems="stretch">
                  {text(name, { required: name === 'complainantName', type: name === 'complainantEmail' ? 'email' : undefined })}
                </Grid.Item>
              ))}
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <SelectField
                  name="correct-preferredLanguage"
                  label={t('register.preferredLanguage')}
                  value={String(values.preferredLanguage)}
                  onChange={set('preferredLanguage')}
                  options={[
                    { value: 'nl', label: t('language.nl') },
                    { value: 'en', label: t('language.en') },
                  ]}
                />
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <RepresentativeFields prefix="correct-" values={values as unknown as RepresentativeValues} set={(name, value) => set(name)(value)} errors={problem?.fieldErrors ?? {}} />
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <SelectField
                  name="correct-categoryId"
                  label={t('register.categoryId')}
                  required
                  error={problem?.fieldErrors.categoryId}
                  value={String(values.categoryId)}
                  onChange={set('categoryId')}
                  options={(lookups?.categories ?? []).map((c) => ({ value: String(c.id), label: locale === 'en' ? c.nameEn : c.nameNl }))}
                />
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <CheckboxField
                  name="correct-aboutEmployeeBehaviour"
                  label={t('register.aboutEmployeeBehaviour')}
                  value={behaviour}
                  onChange={(value) => {
                    set('aboutEmployeeBehaviour')(value);
                    if (value) setPersons(startPersons);
                  }}
                />
              </Grid.Item>
              {behaviour && (
                <Grid.Item col={12} direction="column" alignItems="stretch">
                  <PersonsFields prefix="correct-" rows={persons} onChange={setPersons} errors={problem?.fieldErrors ?? {}} users={lookups?.users} />
                </Grid.Item>
              )}
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <TextareaField name="correct-description" label={t('register.description')} required rows={5} error={problem?.fieldErrors.description} value={String(values.description)} onChange={set('description')} />
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <TextareaField name="correct-desiredOutcome" label={t('register.desiredOutcome')} error={problem?.fieldErrors.desiredOutcome} value={String(values.desiredOutcome)} onChange={set('desiredOutcome')} />
              </Grid.Item>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <TextareaField name="correct-reason" label={t('correct.reason')} hint={t('correct.reason.hint')} required error={problem?.fieldErrors.reason} value={String(values.reason)} onChange={set('reason')} />
              </Grid.Item>
            </Grid.Root>
          </Flex>
        </Modal.Body>
        <ModalActions label={t('correct.save')} busy={isSubmitting} onConfirm={save} />
      </Modal.Content>
    </Modal.Root>
  );
};
