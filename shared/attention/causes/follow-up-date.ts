/**
 * A follow-up date set on an interaction: due on that date, until a later interaction with
 * any of the same people or partners (one of them, even one since put in the Trash, has a
 * last touch after it). The stored `openFollowUp` marker is the same test.
 */
import { describeParticipants } from '../../participants';
import { live, partnerSubject, personSubject } from '../context';
import { shortDate } from '../words';
import { defineCause, type FollowUpFields } from './cause';

/**
 * The follow-up date while no one in the interaction has a later last touch (those in the
 * Trash too: the later interaction still happened), else undefined. `lastTouchOf` gives
 * anyone's stored last touch.
 */
export function openFollowUpDate(
  interaction: FollowUpFields,
  lastTouchOf: (id: string) => string | undefined,
): string | undefined {
  if (!interaction.followUpDate) return undefined;
  const ids = [...interaction.personIds, ...interaction.partnerIds];
  const later = ids.some((id) => (lastTouchOf(id) ?? '') > interaction.date);
  return later ? undefined : interaction.followUpDate;
}

export const followUpDate = defineCause({
  name: 'follow-up:interaction',
  reason: 'follow-up',
  reads: {
    interactions: ['date', 'summary', 'personIds', 'partnerIds', 'followUpDate'],
    people: ['lastTouch'],
    partners: ['lastTouch'],
  },
  resolvedBy: 'a later interaction with any of the same people or partners',
  actions: ['log-touch', 'snooze', 'dismiss'],
  marks: {
    interaction: (interaction, lastTouchOf) =>
      openFollowUpDate(interaction, lastTouchOf) !== undefined,
  },
  keeps: { interaction: (interaction) => interaction.openFollowUp !== undefined },
  names: {
    interaction: (interaction) =>
      interaction.openFollowUp !== undefined ? interaction.personIds : [],
  },
  indexed: [{ table: 'interactions', index: 'openFollowUp' }],
  items(ctx, input) {
    return live(input.interactions).flatMap((interaction) => {
      if (!interaction.followUpDate) return [];
      const people = interaction.personIds.flatMap((id) => ctx.person(id) ?? []);
      const partners = interaction.partnerIds.flatMap((id) => ctx.partner(id) ?? []);
      const everyone = [...people, ...partners];
      if (everyone.length === 0) return [];
      if (!openFollowUpDate(interaction, ctx.lastTouchOf)) return [];
      const key = `follow-up:interaction:${interaction.id}:${interaction.followUpDate}`;
      if (ctx.beyond(key, interaction.followUpDate)) return [];
      const names = describeParticipants(everyone.map((who) => who.name));
      return {
        key,
        reason: 'follow-up' as const,
        subject: people[0] ? personSubject(people[0]) : partnerSubject(partners[0]!),
        dueDate: interaction.followUpDate,
        explanation: `Follow up with ${names} on “${interaction.summary}” (${shortDate(interaction.date, ctx.today)})`,
        interactionId: interaction.id,
        personIds: people.map((person) => person.id),
        partnerIds: partners.map((partner) => partner.id),
      };
    });
  },
});
