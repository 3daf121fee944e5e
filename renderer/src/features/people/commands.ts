import { findPersonDuplicates } from '../../../../shared/duplicates';
import {
  personInput,
  type Partner,
  type Person,
  type PersonInput,
} from '../../../../shared/records';
import { data, ValidationError } from '../../data';
import { addUnlessDuplicate, validateWith, type AddOutcome } from '../records/commands';

// Stands in for the partner a "Create partner" choice will add, so the person is fully
// validated before anything at all is written.
const PARTNER_TO_CREATE = 'partner-to-create';

/** Checks a new person against the rules, with every message at once; throws ValidationError. */
export function validatePerson(input: PersonInput, newPartnerName?: string) {
  return validateWith(personInput, {
    ...input,
    partnerId: newPartnerName ? PARTNER_TO_CREATE : input.partnerId,
  });
}

/**
 * Adds a person. Unless told to save anyway, first looks for someone with the same email,
 * phone or name and, if found, writes nothing and says who. `newPartnerName` creates that
 * partner and links the person to it.
 */
export async function addPerson(
  input: PersonInput,
  { newPartnerName, allowDuplicate = false }: { newPartnerName?: string; allowDuplicate?: boolean },
): Promise<AddOutcome<Person>> {
  const parsed = validatePerson(input, newPartnerName);
  return addUnlessDuplicate(
    allowDuplicate,
    async () => findPersonDuplicates(parsed, await data().people.list()),
    async () => {
      let partnerId = input.partnerId;
      if (newPartnerName) partnerId = (await createPartnerNamed(newPartnerName)).id;
      return data().people.create({ ...input, partnerId });
    },
  );
}

/** A new partner with just a name; a refused name is reported against the partner field. */
async function createPartnerNamed(name: string): Promise<Partner> {
  try {
    return await data().partners.create({ name });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new ValidationError(error.message, { partnerId: error.message });
    }
    throw error;
  }
}

/** Changes some fields; a field set to undefined is cleared. */
export function updatePerson(id: string, changes: Partial<PersonInput>) {
  return data().people.update(id, changes);
}

/** Links the person to an existing partner, to a new one (by name), or to none. */
export async function setPersonPartner(
  personId: string,
  choice: { partnerId?: string; newPartnerName?: string },
) {
  const partnerId = choice.newPartnerName
    ? (await createPartnerNamed(choice.newPartnerName)).id
    : choice.partnerId;
  return data().people.update(personId, { partnerId });
}

export function trashPerson(id: string) {
  return data().people.trash(id);
}

export function restorePerson(id: string) {
  return data().people.restore(id);
}
