import type { HttpOperationHandlers } from '../../../generated/http.js';

/** A one-use ticket for `GET /api/events`, bound to the caller's session (core/auth/event-tickets.ts). */
export const createEventTicket: HttpOperationHandlers['createEventTicket'] = async (_request, ctx) => ({
  status: 201,
  body: await ctx.services.eventTickets.issue(ctx.session),
});
