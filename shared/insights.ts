/**
 * Insights: who sends the owner business, how much of it closes,
 * what each source is worth and how referrals flow month by month. Pure: the screen reads
 * the records once and computes everything here.
 *
 * The window is rolling and inclusive at both ends: a referral dated exactly 12 months
 * before today counts, one a day older does not, and one dated after today does not yet.
 * The monthly chart uses the 12 calendar months ending with this one.
 */
import { format, subMonths } from 'date-fns';
import { parseLocalDate, toLocalDateString } from './dates';

interface ReferralLike {
  direction: 'received' | 'given';
  date: string;
  referrerPersonId?: string | undefined;
  referrerPartnerId?: string | undefined;
  status: string;
  value?: number | undefined;
  deletedAt?: number | undefined;
}

interface PersonLike {
  id: string;
  name: string;
  partnerId?: string | undefined;
  deletedAt?: number | undefined;
}

interface PartnerLike {
  id: string;
  name: string;
  deletedAt?: number | undefined;
}

interface InteractionLike {
  kind: string;
  date: string;
  personIds: readonly string[];
  partnerIds: readonly string[];
  deletedAt?: number | undefined;
}

export interface InsightsInput {
  referrals: readonly ReferralLike[];
  people: readonly PersonLike[];
  partners: readonly PartnerLike[];
  interactions: readonly InteractionLike[];
  /** Today, `yyyy-MM-dd`. */
  today: string;
}

export type SourceKind = 'person' | 'partner';

/** A person or partner who sent the owner referrals in the window. */
export interface Champion {
  kind: SourceKind;
  id: string;
  name: string;
  referrals: number;
  won: number;
  lost: number;
  /** Won value in minor units. */
  wonValue: number;
  lastReferral: string;
  /** The latest thank-you or gift involving them, if any. */
  lastThanked: string | undefined;
}

export interface Conversion {
  won: number;
  lost: number;
  /** won / (won + lost); undefined when nothing has closed. */
  rate: number | undefined;
}

export interface MonthFlow {
  /** `yyyy-MM`. */
  month: string;
  received: number;
  given: number;
}

export interface Insights {
  /** The first day of the window, `yyyy-MM-dd`. */
  since: string;
  /** Received referrals in the window. */
  received: number;
  /** People ranked by referrals, then most recent referral, then name. */
  peopleByCount: Champion[];
  partnersByCount: Champion[];
  /** Those with won value, ranked by it, then most recent referral, then name. */
  peopleByValue: Champion[];
  partnersByValue: Champion[];
  overall: Conversion;
  /**
   * Each received referral's one source: its partner (named, or the referrer's partner),
   * else the referring person. Sources partition the referrals, so they add up to overall.
   */
  sources: Champion[];
  months: MonthFlow[];
}

/** The first day counted: the date exactly 12 months before today. */
export const windowStart = (today: string) =>
  toLocalDateString(subMonths(parseLocalDate(today), 12));

/** "—" when nothing closed, else a whole percentage: "67%". */
export function rateText(conversion: Conversion, locale?: string): string {
  if (conversion.rate === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(conversion.rate);
}

export const conversionOf = ({ won, lost }: { won: number; lost: number }): Conversion => ({
  won,
  lost,
  rate: won + lost === 0 ? undefined : won / (won + lost),
});

const byCount = (a: Champion, b: Champion) =>
  b.referrals - a.referrals ||
  b.lastReferral.localeCompare(a.lastReferral) ||
  a.name.localeCompare(b.name);

const byValue = (a: Champion, b: Champion) =>
  b.wonValue - a.wonValue ||
  b.lastReferral.localeCompare(a.lastReferral) ||
  a.name.localeCompare(b.name);

/** The latest thank-you or gift per person id and per partner id (a partner's people count). */
function lastThanks(input: InsightsInput, partnerOf: ReadonlyMap<string, string | undefined>) {
  const people = new Map<string, string>();
  const partners = new Map<string, string>();
  const note = (map: Map<string, string>, id: string | undefined, date: string) => {
    if (id && (map.get(id) ?? '') < date) map.set(id, date);
  };
  for (const interaction of input.interactions) {
    if (interaction.deletedAt !== undefined) continue;
    if (interaction.kind !== 'thank-you' && interaction.kind !== 'gift') continue;
    for (const id of interaction.personIds) {
      note(people, id, interaction.date);
      note(partners, partnerOf.get(id), interaction.date);
    }
    for (const id of interaction.partnerIds) note(partners, id, interaction.date);
  }
  return { people, partners };
}

function tally(
  map: Map<string, Champion>,
  kind: SourceKind,
  id: string,
  name: string,
  referral: ReferralLike,
) {
  const champion = map.get(id) ?? {
    kind,
    id,
    name,
    referrals: 0,
    won: 0,
    lost: 0,
    wonValue: 0,
    lastReferral: referral.date,
    lastThanked: undefined,
  };
  champion.referrals += 1;
  if (referral.status === 'won') {
    champion.won += 1;
    champion.wonValue += referral.value ?? 0;
  }
  if (referral.status === 'lost') champion.lost += 1;
  if (referral.date > champion.lastReferral) champion.lastReferral = referral.date;
  map.set(id, champion);
}

/** The 12 calendar months ending with today's, oldest first, each with its counts. */
function monthFlows(referrals: readonly ReferralLike[], today: string): MonthFlow[] {
  const current = parseLocalDate(today);
  const months = Array.from({ length: 12 }, (_, index) => ({
    month: format(subMonths(current, 11 - index), 'yyyy-MM'),
    received: 0,
    given: 0,
  }));
  const byMonth = new Map(months.map((flow) => [flow.month, flow]));
  for (const referral of referrals) {
    const flow = byMonth.get(referral.date.slice(0, 7));
    if (!flow || referral.date > today) continue;
    if (referral.direction === 'received') flow.received += 1;
    else flow.given += 1;
  }
  return months;
}

/** Everything the Insights screen shows, from one read of the records. */
export function computeInsights(input: InsightsInput): Insights {
  const { today } = input;
  const since = windowStart(today);
  const people = new Map(
    input.people.filter((p) => p.deletedAt === undefined).map((p) => [p.id, p]),
  );
  const partners = new Map(
    input.partners.filter((p) => p.deletedAt === undefined).map((p) => [p.id, p]),
  );
  const partnerOf = new Map([...people.values()].map((person) => [person.id, person.partnerId]));
  const live = input.referrals.filter((referral) => referral.deletedAt === undefined);

  const personChampions = new Map<string, Champion>();
  const partnerChampions = new Map<string, Champion>();
  const sources = new Map<string, Champion>();
  let won = 0;
  let lost = 0;
  let received = 0;
  for (const referral of live) {
    if (referral.direction !== 'received' || referral.date < since || referral.date > today) {
      continue;
    }
    received += 1;
    if (referral.status === 'won') won += 1;
    if (referral.status === 'lost') lost += 1;
    const person = referral.referrerPersonId ? people.get(referral.referrerPersonId) : undefined;
    const partnerId = referral.referrerPartnerId ?? person?.partnerId;
    const partner = partnerId ? partners.get(partnerId) : undefined;
    if (person) tally(personChampions, 'person', person.id, person.name, referral);
    if (partner) tally(partnerChampions, 'partner', partner.id, partner.name, referral);
    const source = partner
      ? { kind: 'partner' as const, ...partner }
      : person && { kind: 'person' as const, ...person };
    if (source) tally(sources, source.kind, `${source.kind}:${source.id}`, source.name, referral);
  }

  const thanks = lastThanks(input, partnerOf);
  const thanked = (champion: Champion) => {
    const map = champion.kind === 'person' ? thanks.people : thanks.partners;
    champion.lastThanked = map.get(champion.id);
  };
  const peopleList = [...personChampions.values()];
  const partnerList = [...partnerChampions.values()];
  peopleList.forEach(thanked);
  partnerList.forEach(thanked);
  const sourceList = [...sources.values()].map((source) => ({
    ...source,
    id: source.id.slice(source.kind.length + 1),
  }));
  sourceList.forEach(thanked);
  const withValue = (list: Champion[]) => list.filter((c) => c.wonValue > 0).sort(byValue);

  return {
    since,
    received,
    peopleByCount: [...peopleList].sort(byCount),
    partnersByCount: [...partnerList].sort(byCount),
    peopleByValue: withValue(peopleList),
    partnersByValue: withValue(partnerList),
    overall: conversionOf({ won, lost }),
    sources: sourceList.sort(byValue),
    months: monthFlows(live, today),
  };
}
