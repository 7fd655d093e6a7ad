/** Where the Strapi server answers (the admin may be served from another host); never hard-coded. */
export function backendUrl(): string {
  const configured = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL;
  return (configured ?? window.location.origin).replace(/\/$/, '');
}
