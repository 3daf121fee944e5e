import { describe, expect, it } from 'vitest';
import {
  PARTNER_CHOICE_MESSAGE,
  initialPersonForm,
  preparePerson,
  resolvePartner,
} from '../../../renderer/src/features/people/person-form';
import {
  initialPartnerForm,
  preparePartner,
} from '../../../renderer/src/features/partners/partner-form';
import { CADENCE_MESSAGE } from '../../../shared/record-form';

const partners = [
  { id: 'acme', name: 'Acme Insurance' },
  { id: 'creme', name: 'Crème Bakery' },
];

describe('resolvePartner', () => {
  it.each([
    [{ id: 'acme', text: 'Acme Insurance' }, { partnerId: 'acme' }],
    [{ text: '' }, {}],
    [{ text: '   ' }, {}],
    // Typed exactly (case and accents aside) but not picked from the list: still that one.
    [{ text: 'creme bakery' }, { partnerId: 'creme' }],
    [{ text: ' Lee Plumbing ', create: true }, { newPartnerName: 'Lee Plumbing' }],
    [{ text: 'Acme' }, { error: PARTNER_CHOICE_MESSAGE }],
  ])('%j → %j', (choice, expected) => {
    expect(resolvePartner(choice, partners)).toEqual(expected);
  });
});

describe('preparePerson', () => {
  it('starts empty, or linked to the partner it was opened from', () => {
    expect(initialPersonForm({}).relationship).toBe('other');
    const fromPartner = initialPersonForm({ name: 'Dana', partner: partners[0] });
    expect(fromPartner).toMatchObject({
      name: 'Dana',
      relationship: 'partner contact',
      partner: { id: 'acme', text: 'Acme Insurance' },
    });
  });

  it('turns what was typed into a PersonInput, dropping blank rows and fields', () => {
    const values = {
      ...initialPersonForm({}),
      name: ' Dana Ruiz ',
      company: '  ',
      title: 'Agent',
      emails: ['', ' dana@ruiz.example ', 'dana@home.example'],
      phones: [''],
      tags: ['champion'],
      birthday: { month: '3', day: '14', year: '' },
      cadence: '30',
      notes: '\n',
    };
    const prepared = preparePerson(values, partners);
    expect(prepared.errors).toEqual({});
    expect(prepared.input).toEqual({
      name: ' Dana Ruiz ',
      company: undefined,
      title: 'Agent',
      emails: ['dana@ruiz.example', 'dana@home.example'],
      phones: [],
      relationship: 'other',
      partnerId: undefined,
      tags: ['champion'],
      howWeMet: undefined,
      birthday: { month: 3, day: 14 },
      cadenceDays: 30,
      notes: undefined,
    });
    expect(prepared.rowOf).toEqual({ emails: [1, 2], phones: [] });
  });

  it('reports the form’s own problems by field, and leaves the bad values out', () => {
    const prepared = preparePerson(
      {
        ...initialPersonForm({}),
        name: 'Dana',
        cadence: '1.5',
        birthday: { month: '2', day: '', year: '' },
        partner: { text: 'Nobody Inc' },
      },
      partners,
    );
    expect(prepared.errors).toEqual({
      cadenceDays: CADENCE_MESSAGE,
      birthday: 'Choose the day of the birthday too.',
      partnerId: PARTNER_CHOICE_MESSAGE,
    });
    expect(prepared.input.cadenceDays).toBeUndefined();
    expect(prepared.input.birthday).toBeUndefined();
  });

  it('asks for a new partner when "Create partner" was chosen', () => {
    const prepared = preparePerson(
      { ...initialPersonForm({}), name: 'Dana', partner: { text: 'Lee Plumbing', create: true } },
      partners,
    );
    expect(prepared.newPartnerName).toBe('Lee Plumbing');
    expect(prepared.input.partnerId).toBeUndefined();
  });
});

describe('preparePartner', () => {
  it('turns blank optional fields into nothing rather than empty text', () => {
    const prepared = preparePartner({ ...initialPartnerForm({ name: 'Acme' }), email: ' ' });
    expect(prepared.errors).toEqual({});
    expect(prepared.input).toMatchObject({ name: 'Acme', status: 'prospect', email: undefined });
  });

  it('refuses a cadence that is not a whole number of days', () => {
    const prepared = preparePartner({
      ...initialPartnerForm({ name: 'Acme' }),
      cadence: '2 weeks',
    });
    expect(prepared.errors).toEqual({ cadenceDays: CADENCE_MESSAGE });
  });
});
