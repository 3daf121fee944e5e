/**
 * The rules a referral must keep beyond its field types: who
 * must be named for each direction, what closing needs, and the words for its choices.
 * Pure: the data API applies them inside its transaction; the forms reuse the words.
 */
import { format } from 'date-fns';
import { parseLocalDate } from './dates';
import type { ReferralDirection, ReferralStatus } from './records';

type Warmth = 'introduction' | 'name only';

/** The fields the rules read, as zod leaves them after parsing `referralInput`. */
export interface ReferralFields {
  direction: ReferralDirection;
  date: string;
  referrerPersonId?: string | undefined;
  referrerPartnerId?: string | undefined;
  introducedPersonId?: string | undefined;
  partnerId?: string | undefined;
  warmth: Warmth;
  status: ReferralStatus;
  closedDate?: string | undefined;
  value?: number | undefined;
  notes?: string | undefined;
}

export const REFERRAL_MESSAGES = {
  samePerson: 'The person introduced cannot be the one who referred them.',
  noReferrer: 'Choose who referred you: a person, a partner, or both.',
  noIntroduced: 'Choose who they introduced, or type a new name.',
  noClient: 'Choose who you sent.',
  noPartner: 'Choose the partner you sent them to.',
  wonNoDate: 'Enter the date the business was won.',
  wonNoValue: 'Enter the value of the business won.',
  closedBeforeDate: 'The closed date cannot be before the date of the referral.',
} as const;

/** The order a referral moves through; `won` and `lost` both end it. */
export const STATUS_PIPELINE: readonly ReferralStatus[] = [
  'new',
  'contacted',
  'met',
  'won',
  'lost',
];

export const STATUS_LABELS: Record<ReferralStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  met: 'Met',
  won: 'Won',
  lost: 'Lost',
};

export const WARMTH_LABELS: Record<Warmth, string> = {
  introduction: 'Introduction',
  'name only': 'Name only',
};

/** What each warmth means, in the owner's words. */
export const WARMTH_HINTS: Record<Warmth, string> = {
  introduction: 'They connected you',
  'name only': 'You got a name to call',
};

export const DIRECTION_LABELS: Record<ReferralDirection, string> = { received: 'In', given: 'Out' };

export const isClosed = (status: ReferralStatus) => status === 'won' || status === 'lost';

/** The next step after `status` in the pipeline (met → won); none once closed. */
export function nextStatus(status: ReferralStatus): ReferralStatus | undefined {
  return isClosed(status) ? undefined : STATUS_PIPELINE[STATUS_PIPELINE.indexOf(status) + 1];
}

/**
 * Drops what the direction and status do not use, so a record never keeps a stale value:
 * a given referral has no referrer (the owner made it) and a received one no receiving
 * partner; an open referral has no closed date or value, and a lost one no value.
 */
export function settleReferral<T extends ReferralFields>(referral: T): T {
  const settled: T = { ...referral };
  if (settled.direction === 'given') {
    delete settled.referrerPersonId;
    delete settled.referrerPartnerId;
  } else {
    delete settled.partnerId;
  }
  if (!isClosed(settled.status)) delete settled.closedDate;
  if (settled.status !== 'won') delete settled.value;
  for (const key of Object.keys(settled) as (keyof T)[]) {
    if (settled[key] === undefined) delete settled[key];
  }
  return settled;
}

/** Every rule the referral breaks, as field → sentence; empty when it keeps them all. */
export function referralProblems(referral: ReferralFields): Record<string, string> {
  const problems: Record<string, string> = {};
  const { direction, referrerPersonId, introducedPersonId } = referral;
  if (direction === 'received') {
    if (!referrerPersonId && !referral.referrerPartnerId) {
      problems.referrerPersonId = REFERRAL_MESSAGES.noReferrer;
    }
    if (!introducedPersonId) problems.introducedPersonId = REFERRAL_MESSAGES.noIntroduced;
    else if (introducedPersonId === referrerPersonId) {
      problems.introducedPersonId = REFERRAL_MESSAGES.samePerson;
    }
  } else {
    if (!introducedPersonId) problems.introducedPersonId = REFERRAL_MESSAGES.noClient;
    if (!referral.partnerId) problems.partnerId = REFERRAL_MESSAGES.noPartner;
  }
  if (referral.status === 'won') {
    if (!referral.closedDate) problems.closedDate = REFERRAL_MESSAGES.wonNoDate;
    if (referral.value === undefined) problems.value = REFERRAL_MESSAGES.wonNoValue;
  }
  // yyyy-MM-dd strings compare in calendar order.
  if (referral.closedDate && referral.closedDate < referral.date) {
    problems.closedDate = REFERRAL_MESSAGES.closedBeforeDate;
  }
  return problems;
}

/** A referral date as the owner reads it in text: "3 Nov 2026". */
export const referralDateText = (date: string) => format(parseLocalDate(date), 'd MMM yyyy');

/** The introduced person's "how we met" when it is empty: "Introduced by Dana Ruiz, 3 Nov 2026". */
export function howWeMetText(referrerName: string, date: string): string {
  return `Introduced by ${referrerName}, ${referralDateText(date)}`;
}
