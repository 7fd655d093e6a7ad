import * as React from 'react';
import { Alert, Badge, Box, Button, Dialog, Flex, Grid, Tabs, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { ConfirmDialog } from '@strapi/strapi/admin';
import type { LetterTemplate, LetterTemplates } from '../../../../../shared/contracts';
import { TextareaField, TextField } from '../../../components/form/Fields';
import { LetterPreviewFrame } from '../../../components/LetterPreviewFrame';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAdminClient } from '../../../hooks/useAdminClient';
import { useLetterPreview } from '../../../hooks/useLetterPreview';
import { useSubmit } from '../../../hooks/useSubmit';
import { useT } from '../../../hooks/useT';
import { parseTemplate } from '../../../lib/letterDocument';
import { PlaceholderList } from './PlaceholderList';
import { VisualLetterEditor, type VisualLetterEditorHandle } from './VisualLetterEditor';

export type Draft = { subject: string; body: string };

interface EditorProps {
  template: LetterTemplate;
  draft: Draft | undefined;
  setDraft: (draft: Draft) => void;
  clearDraft: () => void;
  placeholders: LetterTemplates['placeholders'];
  onSaved: () => void;
}

/**
 * One template: subject and body with validation on save, reset to default, and a live preview. The body is
 * written in the visual editor, or as HTML with Liquid on the other tab; both edit the same text.
 */
export const TemplateEditor = ({ template, draft, setDraft, clearDraft, placeholders, onSaved }: EditorProps) => {
  const { t } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const value = draft ?? { subject: template.subject, body: template.body };
  const changed = Boolean(draft) && (value.subject !== template.subject || value.body !== template.body);
  const {
    preview,
    problem: previewProblem,
    isLoading,
  } = useLetterPreview({ kind: template.kind, audience: template.audience, locale: template.locale, subject: value.subject, body: value.body });
  const errors = problem?.fieldErrors ?? {};

  const save = async () => {
    const saved = await submit(() => api.updateLetterTemplate(template.id, value), t('settings.letters.saved'));
    if (saved) {
      clearDraft();
      onSaved();
    }
  };
  const restore = async () => {
    const restored = await submit(() => api.resetLetterTemplate(template.id), t('settings.letters.restored'));
    if (restored) {
      clearDraft();
      onSaved();
    }
  };

  const [mode, setMode] = React.useState<'visual' | 'code'>('visual');
  // Set only while the visual editor is open (its tab panel is mounted only while shown).
  const visual = React.useRef<VisualLetterEditorHandle>(null);

  /** Put a placeholder where the cursor is in the body. */
  const insert = (text: string) => {
    if (visual.current) {
      visual.current.insert(text);
      return;
    }
    const area = document.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
    const start = area?.selectionStart ?? value.body.length;
    const end = area?.selectionEnd ?? value.body.length;
    setDraft({ ...value, body: value.body.slice(0, start) + text + value.body.slice(end) });
    window.requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  return (
    <Grid.Root gap={6} gridCols={12}>
      <Grid.Item col={7} s={12} direction="column" alignItems="stretch" gap={6}>
        <Section
          title={t('settings.letters.edit')}
          id="template-edit"
          actions={
            <Flex gap={2}>
              {changed && <Badge>{t('settings.letters.unsaved')}</Badge>}
              <Dialog.Root>
                <Dialog.Trigger>
                  <Button variant="tertiary" startIcon={<ArrowClockwise />}>
                    {t('settings.letters.reset')}
                  </Button>
                </Dialog.Trigger>
                <ConfirmDialog title={t('settings.letters.reset')} onConfirm={restore} variant="danger">
                  {t('settings.letters.resetConfirm')}
                </ConfirmDialog>
              </Dialog.Root>
              <Button onClick={save} loading={isSubmitting} disabled={!changed}>
                {t('settings.save')}
              </Button>
            </Flex>
          }
        >
          <ProblemAlert problem={problem} shownFields={['subject', 'body']} onClose={reset} />
          <Flex direction="column" alignItems="stretch" gap={4}>
            <TextField
              name="subject"
              label={t('settings.letters.subject')}
              required
              error={errors.subject}
              value={value.subject}
              onChange={(subject) => setDraft({ ...value, subject })}
            />
            <Tabs.Root value={mode} onValueChange={(next) => setMode(next as 'visual' | 'code')} variant="simple">
              <Tabs.List aria-label={t('settings.letters.editorMode')}>
                <Tabs.Trigger value="visual">{t('settings.letters.visual')}</Tabs.Trigger>
                <Tabs.Trigger value="code">{t('settings.letters.code')}</Tabs.Trigger>
              </Tabs.List>
              <Tabs.Content value="visual">
                <Box paddingTop={4}>
                  <Typography id="letter-body-label" tag="p" variant="pi" fontWeight="bold" textColor="neutral800" paddingBottom={2}>
                    {t('settings.letters.body')}
                  </Typography>
                  {/* Read anew when the stored text changed (saved, or the default restored). */}
                  <VisualBody
                    key={template.body}
                    ref={visual}
                    body={value.body}
                    onChange={(body) => setDraft({ ...value, body })}
                    invalid={Boolean(errors.body)}
                    onOpenCode={() => setMode('code')}
                  />
                  <Typography id="letter-body-hint" tag="p" variant="pi" textColor="neutral600" paddingTop={1}>
                    {t('settings.letters.visual.hint')}
                  </Typography>
                  <Typography id="letter-body-error" tag="p" variant="pi" textColor="danger600" paddingTop={1}>
                    {errors.body}
                  </Typography>
                </Box>
              </Tabs.Content>
              <Tabs.Content value="code">
                <Box paddingTop={4}>
                  <TextareaField
                    name="body"
                    label={t('settings.letters.body')}
                    hint={t('settings.letters.body.hint')}
                    required
                    monospace
                    rows={18}
                    error={errors.body}
                    value={value.body}
                    onChange={(body) => setDraft({ ...value, body })}
                  />
                </Box>
              </Tabs.Content>
            </Tabs.Root>
          </Flex>
        </Section>
        <PlaceholderList placeholders={placeholders} onInsert={insert} />
      </Grid.Item>
      <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
        <Box position="sticky" top={4} width="100%">
          <Section title={t('settings.letters.preview')} id="template-preview">
            {previewProblem && (
              <Box paddingBottom={3}>
                <Typography textColor="danger600" role="status">
                  {Object.values(previewProblem.fieldErrors).join(' ') || previewProblem.message}
                </Typography>
              </Box>
            )}
            <LetterPreviewFrame preview={preview} isLoading={isLoading} height={600} />
            <Typography variant="pi" textColor="neutral600" tag="p" paddingTop={2}>
              {t('settings.letters.previewHint')}
            </Typography>
          </Section>
        </Box>
      </Grid.Item>
    </Grid.Root>
  );
};

/**
 * The visual tab's editor, or why the text cannot be shown in it. It reads the text once, when the tab opens;
 * from then on it is the one writing it.
 */
const VisualBody = React.forwardRef<
  VisualLetterEditorHandle,
  { body: string; onChange: (body: string) => void; invalid: boolean; onOpenCode: () => void }
>(({ body, onChange, invalid, onOpenCode }, ref) => {
  const { t } = useT();
  const [parsed] = React.useState(() => parseTemplate(body));
  if (!parsed.ok) {
    return (
      <Alert variant="default" title={t('settings.letters.visualUnavailable')} closeLabel={t('common.close')}>
        {t(`settings.letters.unsupported.${parsed.unsupported.reason}`, { detail: parsed.unsupported.detail })}{' '}
        <Button variant="tertiary" size="S" onClick={onOpenCode}>
          {t('settings.letters.code.open')}
        </Button>
      </Alert>
    );
  }
  return (
    <VisualLetterEditor
      ref={ref}
      doc={parsed.doc}
      onChange={onChange}
      labelId="letter-body-label"
      describedBy="letter-body-hint letter-body-error"
      invalid={invalid}
    />
  );
});
VisualBody.displayName = 'VisualBody';
