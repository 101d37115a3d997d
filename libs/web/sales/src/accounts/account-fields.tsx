import type { AccountTier } from '@rapport/web-data-access';
import { Col, Form, Input, InputNumber, Row, Select, type InputRef } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { accountTierLabel, ALL_ACCOUNT_TIERS } from '@rapport/web-core';
import { blankToNull } from '../shared/form-values';

export interface AccountFormValues {
  name: string;
  industry?: string;
  tier?: AccountTier | null;
  territory?: string;
  website?: string;
  phone?: string;
  employeeCount?: number | null;
  annualRevenue?: number | null;
}

export const ACCOUNT_FORM_FIELDS = ['name', 'industry', 'tier', 'territory', 'website', 'phone', 'employeeCount', 'annualRevenue'] as const;

/** The API input fields from the form (blank texts clear the value). */
export function accountInput(v: AccountFormValues) {
  return {
    name: v.name.trim(),
    industry: blankToNull(v.industry),
    tier: v.tier ?? null,
    territory: blankToNull(v.territory),
    website: blankToNull(v.website),
    phone: blankToNull(v.phone),
    employeeCount: v.employeeCount ?? null,
    annualRevenue: v.annualRevenue ?? null,
  };
}

/** Account fields for the create dialog and the record page's edit mode. */
export function AccountFormItems({ firstField }: { firstField?: Ref<InputRef> }) {
  const { t } = useTranslation();
  const text = (max: number) => [{ max, message: t('validation.maxLength', { max }) }];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, ...text(200)]}>
          <Input ref={firstField} autoComplete="off" data-testid="account-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="industry" label={t('fields.industry')} rules={text(120)}>
          <Input autoComplete="off" data-testid="account-industry" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="tier" label={t('fields.tier')}>
          <Select<AccountTier>
            allowClear
            placeholder={t('accounts.noTier')}
            options={ALL_ACCOUNT_TIERS.map((v) => ({ value: v, label: accountTierLabel(t, v) }))}
            data-testid="account-tier"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="territory" label={t('fields.territory')} rules={text(120)}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="website" label={t('fields.website')} rules={[{ type: 'url', message: t('validation.url') }, ...text(300)]}>
          <Input autoComplete="off" placeholder="https://" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="phone" label={t('fields.phone')} rules={text(40)}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="employeeCount" label={t('accounts.fields.employeeCount')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="annualRevenue" label={t('accounts.fields.annualRevenue')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
