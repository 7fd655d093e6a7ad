/** The annual report's download name, the same for the server's Content-Disposition and the admin's save. */
/** The register's download name (one row per complaint, no personal data). */
export function registerFileName(period: { from: string; to: string }, locale: 'nl' | 'en'): string {
  return `${locale === 'en' ? 'complaints-register' : 'klachtenregister'}-${period.from}-${period.to}`;
}

export function annualReportFileName(period: { from: string; to: string }, locale: 'nl' | 'en'): string {
  return `${locale === 'en' ? 'annual-report-complaints' : 'jaarverslag-klachten'}-${period.from}-${period.to}`;
}
