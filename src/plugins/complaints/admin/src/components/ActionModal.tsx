import * as React from 'react';
import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import type { Dossier, StaffUser } from '../../../shared/contracts';
import { useAdminClient } from '../hooks/useAdminClient';
import { useFocusFirstError } from '../hooks/useFocusFirstError';
import { useSubmit } from '../hooks/useSubmit';
import { useT } from '../hooks/useT';
import {
  ACTION_FORMS,
  complaintDefaults,
  initialValues,
  fieldsFor,
  missingRequired,
  toRequestBody,
  type ActionField,
  type ActionName,
  type FormValues,
} from '../lib/actions';
import { useLookups } from '../hooks/useLookups';
import { DocumentsField } from './form/DocumentsField';
import { CheckboxField, SelectField, TextareaField, TextField } from './form/Fields';
import { ProblemAlert } from './ProblemAlert';
import { ModalActions } from './ModalActions';

export interface ActionModalProps {
  action: ActionName;
  complaintId: number;
  /** The action's name as the server labels it (or our own). */
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDone: (dossier: Dossier) => void;
  /** Staff to choose from (assign handler). */
  users?: StaffUser[];
  /** Fixed parts of the body (the result of an agreement). */
  extraBody?: Record<string, unknown>;
  agreementId?: number;
  /** Shown above the fields: what the action will do (e.g. the agreement concerned). */
  context?: React.ReactNode;
  /** The toast after success; by default the action's own sentence. */
  successMessage?: string;
  /** Start values that depend on the complaint (a behaviour complaint: invite the employee too). */
  defaults?: FormValues;
  /** A complaint about an employee's behaviour: the employee is a side to hear (unknown: shown). */
  behaviour?: boolean;
}

/** One action of the procedure as a small form in a dialog, with the server's verdict shown in place. */
export const ActionModal = ({
  action,
  complaintId,
  title,
  open,
  onOpenChange,
  onDone,
  users = [],
  extraBody,
  agreementId,
  context,
  successMessage,
  defaults,
  behaviour = true,
}: ActionModalProps) => {
  const { t, pick } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, setProblem, reset } = useSubmit();
  // A refused form (left empty here, or by the server) takes the keyboard to its first field in error.
  useFocusFirstError(problem);
  const form = ACTION_FORMS[action];
  const fields = fieldsFor(action, behaviour);
  const [values, setValues] = React.useState<FormValues>(() => ({ ...initialValues(action), ...defaults }));
  const [files, setFiles] = React.useState<File[]>([]);
  const lookups = useLookups().data;
  const rules = lookups?.attachments ?? null;

  React.useEffect(() => {
    if (open) {
      setValues({ ...initialValues(action), ...defaults });
      setFiles([]);
      reset();
    }
    // `defaults` is read when the dialog opens, not followed while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, action, reset]);

  const set = (name: string) => (value: string | boolean) => setValues((previous) => ({ ...previous, [name]: value }));

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing = missingRequired(action, values, behaviour);
    if (missing.length) {
      setProblem({
        status: 400,
        code: 'invalid_input',
        message: t('problem.fillRequired'),
        fieldErrors: Object.fromEntries(missing.map((name) => [name, t('problem.required')])),
      });
      return;
    }
    const dossier = await submit(
      () => api.runAction(complaintId, action, { ...toRequestBody(action, values, behaviour), ...extraBody }, agreementId, files),
      successMessage ?? t(`action.${action}.done`),
    );
    if (dossier) {
      onOpenChange(false);
      onDone(dossier);
    }
  };

  const fieldOf = (field: ActionField) => {
    const common = {
      name: field.name,
      label: t(`action.${action}.${field.name}`),
      hint: field.hint ? t(`action.${action}.${field.name}.hint`) : undefined,
      error: problem?.fieldErrors[field.name],
      required: field.required,
    };
    const value = values[field.name];
    switch (field.kind) {
      case 'checkbox':
        return <CheckboxField key={field.name} {...common} value={value === true} onChange={set(field.name)} />;
      case 'textarea':
        return <TextareaField key={field.name} {...common} value={String(value ?? '')} onChange={set(field.name)} />;
      case 'select':
        return (
          <SelectField
            key={field.name}
            {...common}
            value={String(value ?? '')}
            onChange={set(field.name)}
            placeholder={t('common.choose')}
            options={(field.options ?? []).map((option) => ({
              value: option,
              label: field.optionLabels?.[option] ? pick(field.optionLabels[option]) : t(`${field.optionsKey}.${option}`),
            }))}
          />
        );
      case 'user':
      case 'department': {
        const choices = field.kind === 'user' ? users.map((user) => ({ value: String(user.id), label: user.name })) : (lookups?.departments ?? []).filter((d) => d.active).map((d) => ({ value: String(d.id), label: d.name }));
        return <SelectField key={field.name} {...common} value={String(value ?? '')} onChange={set(field.name)} placeholder={t('common.choose')} options={choices} />;
      }
      case 'date':
        return <TextField key={field.name} {...common} type="date" value={String(value ?? '')} onChange={set(field.name)} />;
      case 'datetime':
        return <TextField key={field.name} {...common} type="datetime-local" value={String(value ?? '')} onChange={set(field.name)} />;
      default:
        return <TextField key={field.name} {...common} value={String(value ?? '')} onChange={set(field.name)} />;
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={onSubmit} noValidate>
          <Modal.Header closeLabel={t('common.close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <ProblemAlert problem={problem} shownFields={[...fields.map((field) => field.name), ...(form.documents ? ['attachments'] : [])]} onClose={reset} />
              <Typography textColor="neutral700">{t(`action.${action}.intro`)}</Typography>
              {context}
              {fields.map(fieldOf)}
              {form.documents && rules && <DocumentsField id={`${action}-attachments`} rules={rules} error={problem?.fieldErrors.attachments} onChange={setFiles} />}
            </Flex>
          </Modal.Body>
          <ModalActions label={title} busy={isSubmitting} danger={form.danger} />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};

type ActionButtonProps = Omit<ActionModalProps, 'open' | 'onOpenChange'>;

/** Opens a dialog outside the table (DialogHost), or null where there is no host. */
const DialogHostContext = React.createContext<((dialog: ActionButtonProps, trigger: HTMLButtonElement | null) => void) | null>(null);

/**
 * Holds the dialogs of the action buttons inside a table, rendered after the table instead of inside
 * its cell. A design-system cell with several buttons takes every key that bubbles through it (React
 * events from a dialog's portal bubble through the component that rendered it): typed spaces were lost
 * and Esc did not close. Out here the dialog's keys never pass a cell. When a dialog closes, the
 * keyboard goes back to the button that opened it.
 */
export const DialogHost = ({ children }: { children: React.ReactNode }) => {
  const [dialog, setDialog] = React.useState<{ props: ActionButtonProps; trigger: HTMLButtonElement | null } | null>(null);
  const open = React.useCallback((props: ActionButtonProps, trigger: HTMLButtonElement | null) => setDialog({ props, trigger }), []);
  const onOpenChange = (next: boolean) => {
    if (next) return;
    const trigger = dialog?.trigger;
    setDialog(null);
    // after the dialog's own focus handling; a row that left the list after the action has no button
    setTimeout(() => trigger?.isConnected && trigger.focus(), 0);
  };
  return (
    <DialogHostContext.Provider value={open}>
      {children}
      {dialog && <ActionModal {...dialog.props} open onOpenChange={onOpenChange} />}
    </DialogHostContext.Provider>
  );
};

/**
 * A button that opens the action's dialog. In a table (inside a DialogHost) Enter and Space open it
 * themselves: a cell with several buttons cancels every key's default, the button's click included.
 */
export const ActionButton = ({
  variant = 'secondary',
  size = 'S',
  complaint,
  ...props
}: ActionButtonProps & {
  variant?: 'default' | 'secondary' | 'tertiary' | 'danger-light' | 'success-light';
  size?: 'S' | 'M';
  complaint?: { aboutEmployeeBehaviour: boolean };
}) => {
  const host = React.useContext(DialogHostContext);
  const [open, setOpen] = React.useState(false);
  const button = React.useRef<HTMLButtonElement>(null);
  const defaults = props.defaults ?? (complaint ? complaintDefaults(props.action, complaint) : undefined);
  const behaviour = complaint ? complaint.aboutEmployeeBehaviour : true;
  const show = () => (host ? host({ ...props, defaults, behaviour }, button.current) : setOpen(true));
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!host || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    event.stopPropagation();
    show();
  };
  return (
    <>
      <Button
        ref={button}
        variant={ACTION_FORMS[props.action].danger && variant === 'secondary' ? 'danger-light' : variant}
        size={size}
        onClick={show}
        onKeyDown={onKeyDown}
      >
        {props.title}
      </Button>
      {!host && <ActionModal {...props} defaults={defaults} behaviour={behaviour} open={open} onOpenChange={setOpen} />}
    </>
  );
};
