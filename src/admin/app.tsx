/** The admin panel speaks Dutch (and English): staff pick their language in their profile. */
export default {
  config: {
    locales: ['nl'],
    translations: {
      nl: { 'Auth.form.welcome.title': 'Welkom bij Klachten' },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap() {},
};
