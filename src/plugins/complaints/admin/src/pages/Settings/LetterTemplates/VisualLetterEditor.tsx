import * as React from 'react';
import { Box, Flex, IconButton, Modal } from '@strapi/design-system';
import { Bold, BulletList, Italic, Link as LinkIcon, NumberList } from '@strapi/icons';
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Fragment, type MarkType, type Node as ProseNode, type NodeType } from 'prosemirror-model';
import { liftListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { EditorState, Plugin, TextSelection, type Command } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { styled } from 'styled-components';
import { TextField } from '../../../components/form/Fields';
import { ModalActions } from '../../../components/ModalActions';
import { useT } from '../../../hooks/useT';
import { parseInlineSnippet, serializeDocument, type DocJson } from '../../../lib/letterDocument';
import { letterSchema as schema } from '../../../lib/letterSchema';

export interface VisualLetterEditorHandle {
  /** Puts a snippet from the placeholder list at the cursor, as chips. */
  insert: (snippet: string) => void;
}

interface Props {
  doc: DocJson;
  onChange: (body: string) => void;
  labelId: string;
  describedBy: string;
  invalid: boolean;
}

const { strong, em, link } = schema.marks;
const { bullet_list: bulletList, ordered_list: orderedList, list_item: listItem, hard_break: hardBreak, paragraph } = schema.nodes;

const insertBreak: Command = (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(hardBreak.create()).scrollIntoView());
  return true;
};

/**
 * Liquid typed by hand becomes a chip as its closing brace is typed, as if chosen from the list; chips
 * already in the text count as one character, so they never join in.
 */
const typedLiquid = new Plugin({
  props: {
    handleTextInput(view, from, to, text) {
      if (text !== '}') return false;
      const $from = view.state.doc.resolve(from);
      const before = view.state.doc.textBetween(Math.max($from.start(), from - 500), from, undefined, '\ufffc');
      const match = /\{\{[^{}\ufffc]*\}$|\{%[^{}\ufffc]*%$/.exec(before);
      if (!match) return false;
      const nodes = parseInlineSnippet(`${match[0]}}`);
      if (nodes.length !== 1 || nodes[0].type === 'text') return false;
      const chip = schema.nodeFromJSON(nodes[0]).mark($from.marks());
      view.dispatch(view.state.tr.replaceWith(from - match[0].length, to, chip));
      return true;
    },
  },
});

/** Several paragraphs at once: each becomes an item (a list item holds one paragraph). */
function wrapParagraphs(type: NodeType): Command {
  return (state, dispatch) => {
    const { $from, $to } = state.selection;
    if ($from.depth < 1 || $to.depth < 1) return false;
    const start = $from.before(1);
    const end = $to.after(1);
    const items: ProseNode[] = [];
    let onlyParagraphs = true;
    state.doc.nodesBetween(start, end, (node, _pos, parent) => {
      if (parent !== state.doc) return false;
      if (node.type === paragraph) items.push(listItem.create(null, node));
      else onlyParagraphs = false;
      return false;
    });
    if (!onlyParagraphs || items.length === 0) return false;
    dispatch?.(state.tr.replaceWith(start, end, type.create(null, items)).scrollIntoView());
    return true;
  };
}

/** The list button: out of this list, to the other kind of list, or into a new one. */
function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    for (let depth = $from.depth; depth > 0; depth--) {
      const node = $from.node(depth);
      if (node.type === bulletList || node.type === orderedList) {
        if (node.type === type) return liftListItem(listItem)(state, dispatch);
        dispatch?.(state.tr.setNodeMarkup($from.before(depth), type));
        return true;
      }
    }
    return wrapInList(type)(state, dispatch) || wrapParagraphs(type)(state, dispatch);
  };
}

function markActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

function inList(state: EditorState, type: NodeType): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) if ($from.node(depth).type === type) return true;
  return false;
}

/** The range of the link around the cursor, to change or remove it as a whole. */
function linkRange(state: EditorState): { from: number; to: number; href: string } | null {
  const { $from, from, to, empty } = state.selection;
  if (!empty) {
    let href = '';
    state.doc.nodesBetween(from, to, (node) => {
      const mark = link.isInSet(node.marks);
      if (mark && !href) href = mark.attrs.href as string;
    });
    return { from, to, href };
  }
  const parent = $from.parent;
  const index = $from.index();
  const mark = link.isInSet(parent.maybeChild(index)?.marks ?? []) ?? link.isInSet(parent.maybeChild(index - 1)?.marks ?? []);
  if (!mark) return null;
  // The run of neighbouring children with this link that holds the cursor.
  let runFrom = -1;
  let childFrom = $from.start();
  for (let i = 0; i < parent.childCount; i++) {
    const child = parent.child(i);
    const childTo = childFrom + child.nodeSize;
    if (mark.isInSet(child.marks)) {
      if (runFrom < 0) runFrom = childFrom;
      const last = i === parent.childCount - 1 || !mark.isInSet(parent.child(i + 1).marks);
      if (last && runFrom <= from && from <= childTo) return { from: runFrom, to: childTo, href: mark.attrs.href as string };
      if (last) runFrom = -1;
    }
    childFrom = childTo;
  }
  return null;
}

/**
 * The visual letter editor: paragraphs, bold, italic, lists and links as in a word processor, the letter's
 * data and conditions as chips that keep their Liquid. Every change is written back as a template, so the
 * preview, the save-time check and the HTML tab see the same text.
 */
export const VisualLetterEditor = React.forwardRef<VisualLetterEditorHandle, Props>(({ doc, onChange, labelId, describedBy, invalid }, ref) => {
  const { t } = useT();
  const host = React.useRef<HTMLDivElement>(null);
  const view = React.useRef<EditorView | null>(null);
  const [state, setState] = React.useState<EditorState | null>(null);
  const [linkDialog, setLinkDialog] = React.useState<{ from: number; to: number; href: string } | null>(null);
  const changed = React.useRef(onChange);
  changed.current = onChange;

  React.useEffect(() => {
    const initial = EditorState.create({
      doc: schema.nodeFromJSON(doc),
      plugins: [
        typedLiquid,
        history(),
        keymap({
          'Mod-b': toggleMark(strong),
          'Mod-i': toggleMark(em),
          'Mod-z': undo,
          'Shift-Mod-z': redo,
          'Mod-y': redo,
          'Shift-Enter': insertBreak,
          Enter: splitListItem(listItem),
        }),
        keymap(baseKeymap),
      ],
    });
    const editor = new EditorView(host.current!, {
      state: initial,
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': describedBy,
        'aria-invalid': String(invalid),
        class: 'letter-editor',
      },
      dispatchTransaction(transaction) {
        const next = editor.state.apply(transaction);
        editor.updateState(next);
        setState(next);
        if (transaction.docChanged) changed.current(serializeDocument(next.doc.toJSON() as DocJson));
      },
    });
    view.current = editor;
    setState(initial);
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The document is read once; the parent remounts the editor (key) when the text changed elsewhere.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  React.useEffect(() => {
    view.current?.setProps({ attributes: { ...(view.current.props.attributes as Record<string, string>), 'aria-invalid': String(invalid) } });
  }, [invalid]);

  React.useImperativeHandle(ref, () => ({
    insert(snippet: string) {
      const editor = view.current;
      if (!editor) return;
      const nodes = parseInlineSnippet(snippet).map((json) => schema.nodeFromJSON(json));
      editor.dispatch(editor.state.tr.replaceWith(editor.state.selection.from, editor.state.selection.to, Fragment.fromArray(nodes)).scrollIntoView());
      editor.focus();
    },
  }));

  const run = (command: Command) => {
    const editor = view.current;
    if (!editor) return;
    command(editor.state, editor.dispatch);
    editor.focus();
  };

  const openLink = () => {
    const editor = view.current;
    if (!editor) return;
    const range = linkRange(editor.state);
    if (range) setLinkDialog(range);
  };

  const applyLink = (href: string) => {
    const editor = view.current;
    if (!editor || !linkDialog) return;
    let transaction = editor.state.tr.removeMark(linkDialog.from, linkDialog.to, link);
    if (href.trim()) transaction = transaction.addMark(linkDialog.from, linkDialog.to, link.create({ href: href.trim() }));
    transaction.setSelection(TextSelection.create(transaction.doc, linkDialog.to));
    editor.dispatch(transaction);
    setLinkDialog(null);
  };

  const canLink = state ? !state.selection.empty || linkRange(state) !== null : false;
  const button = (label: string, icon: React.ReactNode, active: boolean, onClick: () => void, disabled = false) => (
    <IconButton label={label} aria-pressed={active} variant={active ? 'secondary' : 'tertiary'} onClick={onClick} disabled={disabled} withTooltip={false}>
      {icon}
    </IconButton>
  );

  return (
    <Box>
      {/* A click on the toolbar leaves the focus, and so the selection, in the text; the keyboard still reaches every button. */}
      <Flex role="toolbar" aria-label={t('settings.letters.toolbar')} gap={1} paddingBottom={2} wrap="wrap" onMouseDown={(event: React.MouseEvent) => event.preventDefault()}>
        {button(t('settings.letters.bold'), <Bold />, state ? markActive(state, strong) : false, () => run(toggleMark(strong)))}
        {button(t('settings.letters.italic'), <Italic />, state ? markActive(state, em) : false, () => run(toggleMark(em)))}
        {button(t('settings.letters.bulletList'), <BulletList />, state ? inList(state, bulletList) : false, () => run(toggleList(bulletList)))}
        {button(t('settings.letters.numberedList'), <NumberList />, state ? inList(state, orderedList) : false, () => run(toggleList(orderedList)))}
        {button(t('settings.letters.link'), <LinkIcon />, state ? markActive(state, link) : false, openLink, !canLink)}
      </Flex>
      <EditorFrame $invalid={invalid}>
        <div ref={host} />
      </EditorFrame>
      <LinkDialog range={linkDialog} onClose={() => setLinkDialog(null)} onApply={applyLink} onClosed={() => view.current?.focus()} />
    </Box>
  );
});
VisualLetterEditor.displayName = 'VisualLetterEditor';

/** The link's address: a web or mail address, or a placeholder that holds one. Empty removes the link. */
const LinkDialog = ({
  range,
  onClose,
  onApply,
  onClosed,
}: {
  range: { href: string } | null;
  onClose: () => void;
  onApply: (href: string) => void;
  /** Back to the text, where the cursor was, instead of to the toolbar button. */
  onClosed: () => void;
}) => {
  const { t } = useT();
  const [href, setHref] = React.useState('');
  React.useEffect(() => setHref(range?.href ?? ''), [range]);
  return (
    <Modal.Root open={range !== null} onOpenChange={(open) => !open && onClose()}>
      <Modal.Content
        onCloseAutoFocus={(event: Event) => {
          event.preventDefault();
          onClosed();
        }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onApply(href);
          }}
        >
          <Modal.Header closeLabel={t('common.close')}>
            <Modal.Title>{t('settings.letters.link')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <TextField name="href" label={t('settings.letters.link.address')} hint={t('settings.letters.link.hint')} value={href} onChange={setHref} />
          </Modal.Body>
          <ModalActions label={t('settings.letters.link.apply')} busy={false} />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};

const EditorFrame = styled.div<{ $invalid: boolean }>`
  .letter-editor {
    min-height: 36rem;
    padding: ${({ theme }) => `${theme.spaces[3]} ${theme.spaces[4]}`};
    border: 1px solid ${({ theme, $invalid }) => ($invalid ? theme.colors.danger600 : theme.colors.neutral200)};
    border-radius: ${({ theme }) => theme.borderRadius};
    background: ${({ theme }) => theme.colors.neutral0};
    color: ${({ theme }) => theme.colors.neutral800};
    font-size: 1.4rem;
    line-height: 1.6;
    position: relative;
    white-space: pre-wrap;
    white-space: break-spaces;
    word-wrap: break-word;
    font-variant-ligatures: none;
    outline: none;
  }
  .letter-editor:focus-visible {
    border-color: ${({ theme }) => theme.colors.primary600};
    box-shadow: ${({ theme }) => `${theme.colors.primary600} 0px 0px 0px 2px`};
  }
  .letter-editor p {
    margin: 0 0 ${({ theme }) => theme.spaces[3]};
  }
  .letter-editor ul,
  .letter-editor ol {
    margin: 0 0 ${({ theme }) => theme.spaces[3]};
    padding-left: ${({ theme }) => theme.spaces[6]};
  }
  .letter-editor ul {
    list-style: disc;
  }
  .letter-editor ol {
    list-style: decimal;
  }
  .letter-editor li p {
    margin: 0;
  }
  .letter-editor strong {
    font-weight: 600;
  }
  .letter-editor em {
    font-style: italic;
  }
  .letter-editor a {
    color: ${({ theme }) => theme.colors.primary700};
    text-decoration: underline;
  }
  .letter-editor .liquid-output,
  .letter-editor .liquid-tag,
  .letter-editor .liquid-block {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.2rem;
    border-radius: ${({ theme }) => theme.borderRadius};
    padding: 0 ${({ theme }) => theme.spaces[1]};
    white-space: nowrap;
  }
  .letter-editor .liquid-output {
    background: ${({ theme }) => theme.colors.primary100};
    color: ${({ theme }) => theme.colors.primary700};
    border: 1px solid ${({ theme }) => theme.colors.primary200};
  }
  .letter-editor .liquid-tag,
  .letter-editor .liquid-block {
    background: ${({ theme }) => theme.colors.alternative100};
    color: ${({ theme }) => theme.colors.alternative700};
    border: 1px solid ${({ theme }) => theme.colors.alternative200};
  }
  .letter-editor .liquid-block {
    display: block;
    width: fit-content;
    margin: 0 0 ${({ theme }) => theme.spaces[2]};
  }
  /* prosemirror-view's own rules: the helpers it puts after a chip at the end of a line take no room */
  .letter-editor img.ProseMirror-separator {
    display: inline !important;
    border: none !important;
    margin: 0 !important;
  }
  .letter-editor.ProseMirror-hideselection *::selection {
    background: transparent;
  }
  .letter-editor.ProseMirror-hideselection {
    caret-color: transparent;
  }
  .letter-editor .ProseMirror-selectednode {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
  }
`;
