/**
 * The Record referral form's state and how it becomes a referral. Pure: the dialog keeps
 * the state; the data API checks the rules and names the fields that break them.
 */
import { parseMoney, moneyInputText } from '../../../../shared/money';
import type {
  Referral,
  ReferralDirection,
  ReferralInput,
  ReferralStatus,
} from '../../../../shared/records';
import type { Pick } from './RecordPicker';

export interface ReferralFormState {
  direction: ReferralDirection;
  referrerPerson?: Pick | undefined;
  referrerPartner?: Pick | undefined;
  /** Received: who they introduced; given: who you sent. */
  introduced?: Pick | undefined;
  /** Given: the partner you sent them to. */
  partner?: Pick | undefined;
  warmth: Referral['warmth'];
  date: string;
  notes: string;
  status: ReferralStatus;
  closedDate: string;
  valueText: string;
}

export interface Money {
  locale: string;
  currency: string;
}

/**
 * Flipping the direction carries the people and partner already chosen across where
 * they fit, filling only empty places: a referrer partner becomes the partner sent to, a
 * referrer person the person sent, and back.
 */
export function flipDirection(state: ReferralFormState, direction: ReferralDirection) {
  if (direction === state.direction) return state;
  if (direction === 'given') {
    return {
      ...state,
      direction,
      partner: state.partner ?? state.referrerPartner,
      introduced: state.introduced ?? state.referrerPerson,
    };
  }
  return {
    ...state,
    direction,
    referrerPartner: state.referrerPartner ?? state.partner,
    referrerPerson: state.referrerPerson ?? state.introduced,
    introduced: undefined,
  };
}

export interface Built {
  ok: true;
  input: ReferralInput;
  newPersonName: string | undefined;
}

/** The referral the form describes, or the value's problem (the API checks the rest). */
export function buildReferral(
  state: ReferralFormState,
  money: Money,
): Built | { ok: false; fields: Record<string, string> } {
  const received = state.direction === 'received';
  let value: number | undefined;
  if (state.status === 'won') {
    const parsed = parseMoney(state.valueText, money.locale, money.currency);
    if (!parsed.ok) return { ok: false, fields: { value: parsed.error } };
    value = parsed.value;
  }
  const input: ReferralInput = {
    direction: state.direction,
    date: state.date,
    referrerPersonId: received ? state.referrerPerson?.id : undefined,
    referrerPartnerId: received ? state.referrerPartner?.id : undefined,
    introducedPersonId: state.introduced?.id,
    partnerId: received ? undefined : state.partner?.id,
    warmth: state.warmth,
    status: state.status,
    closedDate: state.closedDate || undefined,
    value,
    notes: state.notes.trim() || undefined,
  };
  const newPersonName =
    received && state.introduced && state.introduced.id === undefined
      ? state.introduced.name
      : undefined;
  return { ok: true, input, newPersonName };
}

/** The form for an existing referral, with the names of those it links. */
export function stateFromReferral(
  referral: Referral,
  names: ReadonlyMap<string, string>,
  money: Money,
): ReferralFormState {
  const pick = (id: string | undefined) =>
    id === undefined ? undefined : { id, name: names.get(id) ?? 'Someone no longer here' };
  return {
    direction: referral.direction,
    referrerPerson: pick(referral.referrerPersonId),
    referrerPartner: pick(referral.referrerPartnerId),
    introduced: pick(referral.introducedPersonId),
    partner: pick(referral.partnerId),
    warmth: referral.warmth,
    date: referral.date,
    notes: referral.notes ?? '',
    status: referral.status,
    closedDate: referral.closedDate ?? '',
    valueText:
      referral.value === undefined
        ? ''
        : moneyInputText(referral.value, money.locale, money.currency),
  };
}

/** "referral from Dana Ruiz" / "referral of Lee Chen to Ruiz Insurance", for messages. */
export function describeReferral(state: ReferralFormState): string {
  if (state.direction === 'given') {
    return `referral of ${state.introduced?.name ?? 'someone'} to ${state.partner?.name ?? 'a partner'}`;
  }
  return `referral from ${state.referrerPerson?.name ?? state.referrerPartner?.name ?? 'someone'}`;
}
