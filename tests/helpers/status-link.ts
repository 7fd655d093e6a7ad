/** The complainant's status link as the plugin makes it: reference, token and language in the fragment. */
export function statusLinkParams(url: string): URLSearchParams {
  return new URLSearchParams(new URL(url).hash.replace(/^#/, ''));
}

export function statusToken(url: string): string {
  return statusLinkParams(url).get('token') ?? '';
}
