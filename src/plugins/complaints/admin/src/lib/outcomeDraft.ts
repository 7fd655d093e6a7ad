/**
 * The preview of the agreements letter while the outcome is still being composed.
 *
 * The preview route renders a template against a stored complaint, which has no judgement, findings or
 * agreements yet. So the draft is written into the template itself: `complaint.findings` and friends
 * become string literals, and the `{% for x in agreements %}` loop is unrolled over the draft rows.
 * Only the preview uses this; the letter that is sent is rendered by the server from what was saved.
 */
export interface DraftAgreement {
  description: string;
  dueDate: string;
  owner: string | null;
}

export interface OutcomeDraft {
  judgementLabel: string | null;
  findings: string;
  conclusions: string;
  agreements: DraftAgreement[];
}

/** A Liquid string literal; template delimiters inside it are broken up with a zero-width space. */
export function liquidLiteral(text: string): string {
  const safe = text.replace(/([{%}])(?=[{%}])/g, '$1\u200b');
  return `"${safe.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const TAG = /{%-?[\s\S]*?-?%}/g;
const OUTPUT = /{{-?[\s\S]*?-?}}/g;

/** Replace a variable path in the template's tags (by a truth value) and outputs (by the text). */
function substitute(template: string, path: string, text: string): string {
  const variable = new RegExp(`(?<![\\w.])${path.replace(/\./g, '\\.')}(?![\\w])`, 'g');
  return template
    .replace(TAG, (tag) => tag.replace(variable, text.trim() ? 'true' : 'false'))
    .replace(OUTPUT, (output) => output.replace(variable, liquidLiteral(text)));
}

const LOOP = /{%-?\s*for\s+(\w+)\s+in\s+agreements\s*-?%}([\s\S]*?){%-?\s*endfor\s*-?%}/g;

export function applyOutcomeDraft(template: string, draft: OutcomeDraft): string {
  let result = template.replace(LOOP, (_loop, name: string, body: string) =>
    draft.agreements
      .map((agreement) => {
        let row = body;
        row = substitute(row, `${name}.description`, agreement.description);
        row = substitute(row, `${name}.dueDate`, agreement.dueDate);
        row = substitute(row, `${name}.owner`, agreement.owner ?? '');
        row = substitute(row, `${name}.status`, 'Open');
        return row;
      })
      .join(''),
  );
  result = result.replace(/agreements\.size/g, String(draft.agreements.length));
  result = substitute(result, 'complaint.findings', draft.findings);
  result = substitute(result, 'complaint.conclusions', draft.conclusions);
  result = substitute(result, 'complaint.judgement', draft.judgementLabel ?? '');
  return result;
}
