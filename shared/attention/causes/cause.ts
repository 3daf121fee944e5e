/**
 * The shape every due cause declares (./index.ts lists them). A cause is one reason the
 * owner should act — thank a referrer, call someone on a cadence — written once: the
 * engine, the stored markers, the stored This week view and its loader all read it here.
 */
import type { Interaction as InteractionRecord, Reminder } from '../../records';
import type { AttentionInput, Context, Interaction, Partner, Person, Referral } from '../context';
import type { DueItem, DueReason } from '../types';

/** What the owner can do about an item on This week. */
export type DueAction = 'mark-thanked' | 'done' | 'log-touch' | 'snooze' | 'dismiss';

/** A linked interaction as the thank and gift rules read it. */
export interface LinkedInteraction {
  kind: InteractionRecord['kind'];
  date: string;
  referralId?: string | undefined;
  deletedAt?: number | undefined;
}

/** What a referral entry of the stored view holds: the rule fields and its marker. */
export type MarkedReferral = Omit<Referral, 'id'> & { awaitingThanks?: 1 };
/** What an interaction entry of the stored view holds: the rule fields and its marker. */
export type MarkedInteraction = Omit<Interaction, 'id'> & { openFollowUp?: string };
/** What the view knows of a partner when it decides whether a referral is answered. */
export type Answering = Pick<Partner, 'lastTouch' | 'deletedAt'>;

/** The record tables a cause can be made due by. */
export type SourceTable = 'people' | 'partners' | 'interactions' | 'referrals' | 'reminders';

/** Where a rebuild of the view finds a cause's records: one index, or the whole table. */
export interface IndexedRead {
  table: SourceTable;
  /** The index to read; every record of the table when left out. */
  index?: string;
  /** The keys to read in it; the whole index (records without the field are not in it). */
  equals?: readonly (string | number | readonly string[])[];
}

export interface Cause {
  /** Its name, the first part of the keys of its items (`thank:referral:<id>`). */
  name: string;
  /** The This week group it shows in. */
  reason: DueReason;
  /** The records, and their fields, a change of which can make it due or resolve it. */
  reads: Partial<Record<SourceTable, readonly string[]>>;
  /** In words, what resolves it (what the owner does, or what changes). */
  resolvedBy: string;
  /** What the owner can do about one of its items. */
  actions: readonly DueAction[];
  /**
   * Whether a referral or interaction may make it due, whatever today is: the stored
   * markers (`awaitingThanks`, `openFollowUp`, ../open-causes.ts) are set while one says so.
   */
  marks?: {
    referral?: (referral: MarkedReferralFields, links: readonly LinkedInteraction[]) => boolean;
    interaction?: (
      interaction: FollowUpFields,
      lastTouchOf: (id: string) => string | undefined,
    ) => boolean;
  };
  /** What the stored This week view keeps for it (../view-rules.ts; it keeps every partner). */
  keeps: {
    person?: (person: Pick<Person, 'cadenceDays' | 'birthday'>) => boolean;
    referral?: (referral: MarkedReferral, partner: Answering | undefined) => boolean;
    interaction?: (interaction: MarkedInteraction) => boolean;
    reminder?: (reminder: Reminder) => boolean;
    /** Whether the view must also keep the interactions linked to this kept referral. */
    links?: (referral: MarkedReferral) => boolean;
  };
  /** Whom a kept record names, so the view keeps them to name in turn. */
  names?: {
    referral?: (referral: MarkedReferral) => (string | undefined)[];
    interaction?: (interaction: MarkedInteraction) => readonly string[];
    reminder?: (reminder: Reminder) => (string | undefined)[];
  };
  /** Where a rebuild of the view reads the records it keeps. */
  indexed: readonly IndexedRead[];
  /** Its items, on any date (see ../engine.ts), before the owner's decisions. */
  items(ctx: Context, input: AttentionInput): DueItem[];
}

export type MarkedReferralFields = Pick<Referral, 'direction' | 'status' | 'closedDate'>;

export interface FollowUpFields {
  date: string;
  followUpDate?: string | undefined;
  personIds: readonly string[];
  partnerIds: readonly string[];
}

/** Declares a cause: the identity function, there for the type checking. */
export const defineCause = (cause: Cause): Cause => cause;
