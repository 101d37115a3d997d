import { Checkbox, type GetProps } from 'antd';

/**
 * What antd's Form.Item hands to the control it wraps. A picker of our own (account, deal, team…)
 * must pass these on to the input inside it: without the `id`, the field's `<label for>` points at
 * nothing and the input has no name (WCAG 1.3.1, 4.1.2 — axe: label, aria-input-field-name);
 * without the others a screen reader misses "required", "invalid" and the error text.
 */
export interface FieldControlProps {
  id?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-required'?: boolean | 'true' | 'false';
}

const FIELD_CONTROL_KEYS = ['id', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-invalid', 'aria-required'] as const;

/** The Form.Item props among `props`, to spread on the real input (undefined ones left out). */
export function fieldControlProps(props: FieldControlProps): FieldControlProps {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_CONTROL_KEYS) if (props[key] !== undefined) out[key] = props[key];
  return out as FieldControlProps;
}

export type CheckboxGroupFieldProps = GetProps<typeof Checkbox.Group> & FieldControlProps;

/**
 * A checkbox group as a form field. antd renders the group as `role="group"`, where
 * `aria-required` is not allowed (axe: aria-allowed-attr); each box is still announced, and the
 * field's required mark and error stay visible. Give it `aria-label` (the field's label): a
 * `<label for>` cannot name a group.
 */
export function CheckboxGroupField({ 'aria-required': _required, ...props }: CheckboxGroupFieldProps) {
  return <Checkbox.Group {...props} />;
}
