/**
 * Every person stored with a keep-in-touch cadence carries `keepInTouchDue`, the day their
 * next touch is due (shared/cadence.ts), so This week finds who is due with one index
 * range instead of reading everyone on a cadence. It depends on the record alone (cadence,
 * last touch, creation), so a database middleware sets it on every write of a person —
 * whichever API, import, merge, restore or upgrade writes it — and nothing can forget to.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { withKeepInTouchDue } from '../../../shared/cadence';

function withDueDates(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return { ...request, values: request.values.map(withKeepInTouchDue) };
}

export const keepInTouchDueMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'keepInTouchDue',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'people') return table;
      return { ...table, mutate: (request) => table.mutate(withDueDates(request)) };
    },
  }),
};
