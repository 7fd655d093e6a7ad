/**
 * Files the admin fetches with the session (a plain link would carry no token): the blob is offered to
 * the browser as a download under `filename`.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A safe file name part: letters, digits, dot, @ and dash; the rest becomes "_" (as the server names it). */
export function fileNamePart(text: string): string {
  return text.trim().replace(/[^\w.@-]/g, '_') || 'klager';
}
