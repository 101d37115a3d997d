import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { DeleteWebInterestRuleDocument, errorMessageOf, SaveWebInterestRuleDocument, type WebInterestRuleFieldsFragment } from '@rapport/web-data-access';
import { FormModal, PicklistSelect, useFormModal, usePicklists } from '@rapport/web-core';
import { withTestId } from '@rapport/web-ui';
import { App, Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RuleValues {
  pattern: string;
  productLine: string | null;
}

/** The rules in the order they are tried (position, then as the API listed them). */
export function orderedRules(rules: readonly WebInterestRuleFieldsFragment[]): WebInterestRuleFieldsFragment[] {
  return rules.map((r, i) => ({ r, i })).sort((a, b) => a.r.position - b.r.position || a.i - b.i).map(({ r }) => r);
}

/** `rule` undefined: a new rule, tried last. */
function RuleModal({ open, rule, nextPosition, onClose, onSaved }: { open: boolean; rule?: WebInterestRuleFieldsFragment; nextPosition: number; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, saving] = useMutation(SaveWebInterestRuleDocument);
  const { firstField, modal } = useFormModal<RuleValues>({
    open,
    onClose,
    fields: ['pattern', 'productLine'],
    submit: async (values) => {
      await save({ variables: { input: { id: rule?.id ?? null, pattern: values.pattern.trim(), productLine: values.productLine ?? '', position: rule ? rule.position : nextPosition } } });
      void message.success(t('visitors.setup.ruleSaved'));
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal<RuleValues>
      {...modal}
      title={rule ? t('visitors.setup.editRule') : t('visitors.setup.newRule')}
      submitLabel={t('visitors.setup.saveRule')}
      submitTestId="interest-rule-save"
      formErrorTestId="interest-rule-error"
      loading={saving.loading}
      formProps={{ initialValues: { pattern: rule?.pattern ?? '', productLine: rule?.productLine ?? null } }}
    >
      <Typography.Paragraph type="secondary">{t('visitors.setup.rulesHint')}</Typography.Paragraph>
      <Form.Item name="pattern" label={t('visitors.setup.pattern')} rules={[{ required: true, whitespace: true, message: t('visitors.setup.patternRequired') }]}>
        <Input ref={firstField} placeholder="/pricing*" maxLength={500} data-testid="interest-rule-pattern" />
      </Form.Item>
      <Form.Item name="productLine" label={t('visitors.setup.productLine')} rules={[{ required: true, message: t('visitors.setup.productLineRequired') }]}>
        <PicklistSelect list="productLine" data-testid="interest-rule-product-line" />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The URL → product-line rules (Admin → Website tracking): the first that matches a page gives its
 * product line, so their order matters; administrators add, edit, move and delete them.
 */
export function InterestRules({ rules, canWrite, onChanged }: { rules: readonly WebInterestRuleFieldsFragment[]; canWrite: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { label } = usePicklists();
  const [editing, setEditing] = useState<{ rule?: WebInterestRuleFieldsFragment } | null>(null);
  const [moving, setMoving] = useState(false);
  const [save] = useMutation(SaveWebInterestRuleDocument);
  const [remove] = useMutation(DeleteWebInterestRuleDocument);
  const ordered = orderedRules(rules);

  /** Moves a rule one place and numbers every rule by its new place (equal positions cannot be swapped). */
  const move = async (index: number, by: -1 | 1) => {
    const next = [...ordered];
    const [rule] = next.splice(index, 1);
    next.splice(index + by, 0, rule!);
    setMoving(true);
    try {
      for (const [position, r] of next.entries()) {
        if (r.position !== position) await save({ variables: { input: { id: r.id, pattern: r.pattern, productLine: r.productLine, position } } });
      }
    } catch (error) {
      void message.error(errorMessageOf(error) ?? t('errors.generic'));
    } finally {
      setMoving(false);
      onChanged();
    }
  };

  const del = async (rule: WebInterestRuleFieldsFragment) => {
    try {
      await remove({ variables: { input: { id: rule.id } } });
      void message.success(t('visitors.setup.ruleDeleted'));
      onChanged();
    } catch (error) {
      void message.error(errorMessageOf(error) ?? t('errors.generic'));
    }
  };

  return (
    // "Add rule" under the hint, not in the card's title bar: on a phone it would squeeze the title.
    <Card title={t('visitors.setup.rulesTitle')}>
      <Typography.Paragraph type="secondary">{t('visitors.setup.rulesHint')}</Typography.Paragraph>
      {canWrite ? (
        <Button icon={<PlusOutlined />} onClick={() => setEditing({})} style={{ marginBottom: 12 }} data-testid="interest-rule-add">
          {t('visitors.setup.addRule')}
        </Button>
      ) : null}
      {ordered.length ? (
        <ol style={{ margin: 0, paddingInlineStart: 20, display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="interest-rules">
          {ordered.map((rule, i) => (
            <li key={rule.id} data-testid="interest-rule">
              <Flex wrap gap={8} align="center" justify="space-between">
                <span>
                  <Typography.Text code style={{ overflowWrap: 'anywhere' }}>
                    {rule.pattern}
                  </Typography.Text>{' '}
                  → <Typography.Text strong>{label('productLine', rule.productLine)}</Typography.Text>
                </span>
                {canWrite ? (
                  <Flex gap={4} wrap>
                    <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0 || moving} aria-label={t('visitors.setup.moveUp', { pattern: rule.pattern })} onClick={() => void move(i, -1)} data-testid="interest-rule-up" />
                    <Button size="small" icon={<ArrowDownOutlined />} disabled={i === ordered.length - 1 || moving} aria-label={t('visitors.setup.moveDown', { pattern: rule.pattern })} onClick={() => void move(i, 1)} data-testid="interest-rule-down" />
                    <Button size="small" icon={<EditOutlined />} aria-label={t('visitors.setup.editRuleLabel', { pattern: rule.pattern })} onClick={() => setEditing({ rule })} data-testid="interest-rule-edit" />
                    <Popconfirm
                      title={t('visitors.setup.deleteRuleConfirm', { pattern: rule.pattern })}
                      okText={t('visitors.setup.deleteRule')}
                      cancelText={t('common.cancel')}
                      okButtonProps={withTestId({ danger: true }, 'interest-rule-delete-confirm')}
                      onConfirm={() => del(rule)}
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('visitors.setup.deleteRuleLabel', { pattern: rule.pattern })} data-testid="interest-rule-delete" />
                    </Popconfirm>
                  </Flex>
                ) : null}
              </Flex>
            </li>
          ))}
        </ol>
      ) : (
        <Typography.Text type="secondary" data-testid="interest-rules-empty">
          {t('visitors.setup.rulesEmpty')}
        </Typography.Text>
      )}
      <RuleModal
        key={editing?.rule?.id ?? 'new'}
        open={editing !== null}
        rule={editing?.rule}
        nextPosition={ordered.length ? Math.max(...ordered.map((r) => r.position)) + 1 : 0}
        onClose={() => setEditing(null)}
        onSaved={onChanged}
      />
    </Card>
  );
}
