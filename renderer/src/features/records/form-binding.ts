import type { ChangeEvent } from 'react';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The value, change handler and message of one plain form field, so a record form lists
 * its fields rather than the same three lines for each: `<TextField {...field('name')} />`.
 * `errorKey` is the field's name in the record's rules when it differs ("cadenceDays").
 */
export function bindFields<V extends object>(
  values: V,
  onChange: (patch: Partial<V>) => void,
  errors: Readonly<Record<string, string>>,
) {
  return (key: keyof V & string, errorKey: string = key) => ({
    value: String(values[key]),
    onChange: (event: ChangeEvent<Control>) =>
      onChange({ [key]: event.target.value } as Partial<V>),
    error: errors[errorKey],
  });
}
