import { withTestId } from '@rapport/web-ui';
import { Form, Input, Modal, Typography, type ButtonProps, type InputRef } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { focusUnlessTyping } from '@rapport/web-core';

export interface LostReasonModalProps {
  /** The pending move; undefined when closed. */
  move?: { opportunityName: string; stageName: string };
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** A lost deal needs its reason (the API refuses the move without one). */
export function LostReasonModal({ move, onCancel, onConfirm }: LostReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const input = useRef<InputRef>(null);
  return (
    <Modal
      open={Boolean(move)}
      title={t('pipeline.lostTitle', { name: move?.opportunityName ?? '' })}
      okText={t('pipeline.lostConfirm', { stage: move?.stageName ?? '' })}
      okButtonProps={withTestId<ButtonProps>({ danger: true }, 'lost-reason-submit')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      afterOpenChange={(open) => open && focusUnlessTyping(input.current)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('pipeline.lostExplain')}</Typography.Paragraph>
      <Form form={form} layout="vertical" clearOnDestroy onFinish={(v) => onConfirm(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('pipeline.lostReason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 500, message: t('validation.maxLength', { max: 500 }) },
          ]}
        >
          <Input.TextArea ref={input} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="lost-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
