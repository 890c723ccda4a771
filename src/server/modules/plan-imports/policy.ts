import { type Actor, requireAnyScope } from '../../auth/actor.ts';

/**
 * Reading a plan from a file stores nothing, but it is the first step of drafting one, so it
 * needs the right to draft somewhere. Saving needs it at every issuing unit; that check is the
 * documents module's (documentPolicy.draft), made when the draft is created. Exporting needs
 * only what reading the document needs (documents' loadReadableDocument).
 */
export const planImportPolicy = {
  import: (actor: Actor) => {
    requireAnyScope(actor, 'document.draft');
  },
};
