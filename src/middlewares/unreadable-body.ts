/**
 * A request body the parser cannot read (broken multipart, a form that is not one) is the client's
 * mistake: answer 400 instead of the 500 Strapi's body middleware would give. Placed before
 * `strapi::body`; an error after a successful parse (ctx.request.body set) is left to the error handler.
 */
export default () => {
  return async (ctx: any, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (ctx.request.body !== undefined || (error as { status?: number })?.status) throw error;
      ctx.status = 400;
      ctx.body = {
        data: null,
        error: {
          status: 400,
          name: 'BadRequestError',
          message: String(ctx.get('accept-language')).toLowerCase().startsWith('en') ? 'The request body could not be read.' : 'De inhoud van het verzoek kon niet worden gelezen.',
          details: { code: 'unreadable_body' },
        },
      };
    }
  };
};
