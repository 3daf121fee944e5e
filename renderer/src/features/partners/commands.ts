import { findPartnerDuplicates } from '../../../../shared/duplicates';
import { partnerInput, type Partner, type PartnerInput } from '../../../../shared/records';
import { foldText } from '../../../../shared/text';
import { data } from '../../data';
import { addUnlessDuplicate, validateWith, type AddOutcome } from '../records/commands';

/** Checks a new partner against the rules, with every message at once; throws ValidationError. */
export function validatePartner(input: PartnerInput) {
  return validateWith(partnerInput, input);
}

/**
 * Adds a partner. Unless told to save anyway, first looks for one with the same name
 * (case- and accent-insensitive) and, if found, writes nothing and says which.
 */
export async function addPartner(
  input: PartnerInput,
  { allowDuplicate = false }: { allowDuplicate?: boolean } = {},
): Promise<AddOutcome<Partner>> {
  const parsed = validatePartner(input);
  return addUnlessDuplicate(
    allowDuplicate,
    async () =>
      findPartnerDuplicates(
        parsed,
        await data().partners.listWhere('nameKey', foldText(parsed.name)),
      ),
    () => data().partners.create(input),
  );
}

/** Changes some fields; a field set to undefined is cleared. */
export function updatePartner(id: string, changes: Partial<PartnerInput>) {
  return data().partners.update(id, changes);
}

/** To the Trash. Its people stay linked; they are unlinked only if it is deleted forever. */
export function trashPartner(id: string) {
  return data().partners.trash(id);
}

export function restorePartner(id: string) {
  return data().partners.restore(id);
}

/** Makes the person one of the partner's people (moving them from any other partner). */
export function linkPerson(personId: string, partnerId: string) {
  return data().people.update(personId, { partnerId });
}

export function unlinkPerson(personId: string) {
  return data().people.update(personId, { partnerId: undefined });
}
