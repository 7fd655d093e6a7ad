import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { localDateTimeToIso, toLocalDateTimeInput } from '../../lib/dates';
import { dossierPath } from '../../pluginId';
import type { IncomingMail } from '../../../../shared/contracts';
import { noRepresentative, representativeBody, type RepresentativeValues } from '../../components/form/RepresentativeFields';
import { personsBody, type PersonRow } from '../../lib/persons';

export interface RegisterValues extends RepresentativeValues {
  channel: string;
  receivedAt: string;
  complainantName: string;
  complainantEmail: string;
  complainantPhone: string;
  complainantAddress: string;
  complainantPostalCode: string;
  complainantCity: string;
  complainantClientNumber: string;
  preferredLanguage: string;
  categoryId: string;
  departmentId: string;
  aboutEmployeeBehaviour: boolean;
  /** The persons it is about (kept while behaviour is switched off; only sent while it is on). */
  persons: PersonRow[];
  description: string;
  desiredOutcome: string;
  /** Documents that came with it (a scanned letter, a photo), where the site scans documents. */
  files: File[];
  /** Taken over from a mail in the complaints mailbox: its channel, date and documents are the mail's. */
  incomingMail: IncomingMail | null;
}

const initial = (): RegisterValues => ({
  channel: 'post',
  receivedAt: toLocalDateTimeInput(new Date()),
  complainantName: '',
  complainantEmail: '',
  complainantPhone: '',
  complainantAddress: '',
  complainantPostalCode: '',
  complainantCity: '',
  complainantClientNumber: '',
  ...noRepresentative(),
  preferredLanguage: 'nl',
  categoryId: '',
  departmentId: '',
  aboutEmployeeBehaviour: false,
  persons: [],
  description: '',
  desiredOutcome: '',
  files: [],
  incomingMail: null,
});

/** The body of POST /complaints/complaints; the server checks it with the public form's rules. */
export function registrationBody(values: RegisterValues): Record<string, unknown> {
  const text = (value: string) => (value.trim() ? value.trim() : null);
  const behaviour = values.aboutEmployeeBehaviour;
  return {
    channel: values.channel,
    receivedAt: localDateTimeToIso(values.receivedAt) ?? undefined,
    complainantName: values.complainantName.trim(),
    complainantEmail: text(values.complainantEmail),
    complainantPhone: text(values.complainantPhone),
    complainantAddress: text(values.complainantAddress),
    complainantPostalCode: text(values.complainantPostalCode),
    complainantCity: text(values.complainantCity),
    complainantClientNumber: text(values.complainantClientNumber),
    ...representativeBody(values),
    preferredLanguage: values.preferredLanguage,
    categoryId: values.categoryId ? Number(values.categoryId) : undefined,
    departmentId: values.departmentId ? Number(values.departmentId) : null,
    aboutEmployeeBehaviour: behaviour,
    persons: personsBody(values.persons, behaviour),
    description: values.description,
    desiredOutcome: text(values.desiredOutcome),
    ...(values.incomingMail ? { incomingMailId: values.incomingMail.id } : {}),
  };
}

/** The form filled in from a mail: the sender, the text and the day the mailbox received it; staff add the rest. */
export function fromMail(values: RegisterValues, mail: IncomingMail): RegisterValues {
  return {
    ...values,
    channel: 'e-mail',
    receivedAt: toLocalDateTimeInput(new Date(mail.receivedAt)),
    complainantName: mail.fromName ?? values.complainantName,
    complainantEmail: mail.fromAddress ?? values.complainantEmail,
    description: [mail.subject, mail.text].filter(Boolean).join('\n\n'),
    incomingMail: mail,
  };
}

/** Registering a complaint that came by post, phone, e-mail or at the desk; then on to its dossier. */
export function useRegisterForm() {
  const { t } = useT();
  const api = useAdminClient();
  const navigate = useNavigate();
  const submission = useSubmit();
  const { toggleNotification } = useNotification();
  const [values, setValues] = React.useState<RegisterValues>(initial);

  const set = React.useCallback(
    <K extends keyof RegisterValues>(name: K, value: RegisterValues[K]) => setValues((previous) => ({ ...previous, [name]: value })),
    [],
  );

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    // The toast names the reference: staff write it on the paper form.
    const created = await submission.submit(() => api.register(registrationBody(values), values.files), undefined);
    if (!created) return;
    submission.reset();
    toggleNotification({ type: 'success', message: t('register.done', { reference: created.reference }) });
    navigate(dossierPath(created.id));
  };

  const takeMail = React.useCallback((mail: IncomingMail | null) => setValues((previous) => (mail ? fromMail(previous, mail) : { ...previous, incomingMail: null })), []);

  return { values, set, takeMail, onSubmit, isSubmitting: submission.isSubmitting, problem: submission.problem, reset: submission.reset };
}
