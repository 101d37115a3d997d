import type { UpdateWorkOrderMutationVariables } from '@rapport/web-data-access';
import { Form, Input, InputNumber, Select, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from './visit-model';

/** What a visit is, as its planning and editing dialogs ask it: where, the skill it needs and what to do. */
export interface VisitValues {
  street?: string;
  city?: string;
  postalCode?: string;
  region?: string;
  country?: string;
  requiredSkill?: string | null;
  requiredLevel?: number | null;
  description?: string;
}

/** The form fields an API error may name; its `input.address` message belongs on the street (the one address line asked for). */
export const VISIT_FIELDS = ['street', 'city', 'postalCode', 'region', 'country', 'requiredSkill', 'requiredLevel', 'description'] as const;
export const VISIT_RENAME = { address: 'street' };

const ADDRESS_LINES = ['street', 'city', 'postalCode', 'region', 'country'] as const;
type Address = Pick<VisitValues, (typeof ADDRESS_LINES)[number]>;

/** The address as the API takes it: each line trimmed, an empty one left out. */
export function addressInput(v: Address): Address {
  const line = (s: string | undefined) => s?.trim() || undefined;
  return { street: line(v.street), city: line(v.city), postalCode: line(v.postalCode), region: line(v.region), country: line(v.country) };
}

/** What an edit changes, as `updateWorkOrder` takes it: only the fields that differ (the API leaves the others). */
export function visitChanges(before: VisitValues, after: VisitValues): Omit<UpdateWorkOrderMutationVariables['input'], 'workOrderId'> {
  const changes: Omit<UpdateWorkOrderMutationVariables['input'], 'workOrderId'> = {};
  const description = after.description?.trim() ?? '';
  if (description !== (before.description?.trim() ?? '')) changes.description = description;
  // The API replaces the whole address when one is given, so a changed line sends all five.
  const address = addressInput(after);
  const was = addressInput(before);
  if (ADDRESS_LINES.some((k) => address[k] !== was[k])) changes.address = address;
  // A cleared skill is sent as null: the visit then needs no skill.
  const skill = after.requiredSkill || null;
  if (skill !== (before.requiredSkill || null)) changes.requiredSkill = skill;
  if (after.requiredLevel != null && after.requiredLevel !== before.requiredLevel) changes.requiredLevel = after.requiredLevel;
  return changes;
}

/** The dialog's starting values for an existing visit. */
export function visitValuesOf(v: Visit): VisitValues {
  const { street, city, postalCode, region, country } = v.address;
  return { street, city, postalCode, region, country, requiredSkill: v.requiredSkill, requiredLevel: v.requiredLevel, description: v.description };
}

/**
 * The fields of a visit inside a FormModal: shared by "Plan a visit" and "Edit visit" so both ask
 * the same things the same way. `testIdPrefix` keeps each dialog's own test ids.
 */
export function VisitFields({ skills, firstField, testIdPrefix }: { skills: { key: string; name: string }[]; firstField: Ref<InputRef>; testIdPrefix: string }) {
  const { t } = useTranslation();
  const id = (name: string) => `${testIdPrefix}-${name}`;
  return (
    <>
      <Form.Item name="street" label={t('service.visits.street')} rules={[{ required: true, whitespace: true, message: t('service.visits.addressRequired') }]}>
        <Input ref={firstField} maxLength={300} data-testid={id('street')} />
      </Form.Item>
      <Form.Item name="city" label={t('service.visits.city')}>
        <Input maxLength={120} data-testid={id('city')} />
      </Form.Item>
      <Form.Item name="postalCode" label={t('service.visits.postalCode')}>
        <Input maxLength={20} style={{ width: 160 }} data-testid={id('postal-code')} />
      </Form.Item>
      <Form.Item name="region" label={t('service.visits.region')}>
        <Input maxLength={120} data-testid={id('region')} />
      </Form.Item>
      <Form.Item name="country" label={t('service.visits.country')}>
        <Input maxLength={120} data-testid={id('country')} />
      </Form.Item>
      <Form.Item name="requiredSkill" label={t('service.visits.skill')}>
        <Select allowClear options={skills.map((s) => ({ value: s.key, label: s.name }))} data-testid={id('skill')} />
      </Form.Item>
      <Form.Item name="requiredLevel" label={t('service.visits.level')} extra={t('service.visits.levelHint')}>
        <InputNumber min={1} max={5} step={1} style={{ width: 120 }} data-testid={id('level')} />
      </Form.Item>
      <Form.Item name="description" label={t('service.visits.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} data-testid={id('description')} />
      </Form.Item>
    </>
  );
}
