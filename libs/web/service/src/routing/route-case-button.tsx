import { ApartmentOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { RouteCaseDocument, RoutingQueuesDocument } from '@rapport/web-data-access';
import { FormModal, useCan, useFormModal } from '@rapport/web-core';
import { App, Button, Form, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RouteValues {
  how: 'rules' | 'queue';
  queueId?: string;
}

/**
 * "Route to queue" on the case page (issue 19): puts the case (back) in a queue, the one picked or
 * the one the rules choose, for an agent with the skills and room to take. For those who may change
 * the case; the queue list needs routing's read grant, without it only the rules can choose.
 */
export function RouteCaseButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canPick = useCan('routing', 'read');
  const [open, setOpen] = useState(false);
  const [loadQueues, queues] = useLazyQuery(RoutingQueuesDocument);
  const [route, routing] = useMutation(RouteCaseDocument, { refetchQueries: ['CasePage'] });
  const { form, modal } = useFormModal<RouteValues>({
    open,
    onClose: () => setOpen(false),
    fields: ['queueId'],
    submit: async (v) => {
      const { data } = await route({ variables: { input: { caseId, ...(v.how === 'queue' && v.queueId ? { queueId: v.queueId } : {}) } } });
      // False: it was already waiting; say so rather than claim it was queued again.
      void (data?.routeCase ? message.success(t('routing.route.queued')) : message.info(t('routing.route.alreadyWaiting')));
      setOpen(false);
    },
  });
  const how = Form.useWatch('how', form) as RouteValues['how'] | undefined;
  const active = (queues.data?.routingQueues ?? []).filter((q) => q.active);

  return (
    <>
      <Button
        icon={<ApartmentOutlined />}
        onClick={() => {
          if (canPick) void loadQueues();
          // The dialog's form is cleared on close, so each opening starts at "let the rules choose".
          setOpen(true);
        }}
        data-testid="case-route-open"
      >
        {t('routing.route.open')}
      </Button>
      <FormModal<RouteValues>
        {...modal}
        formProps={{ initialValues: { how: 'rules' } }}
        formErrorTestId="case-route-error"
        title={t('routing.route.title')}
        intro={t('routing.route.intro')}
        submitLabel={t('routing.route.submit')}
        submitTestId="case-route-submit"
        loading={routing.loading}
      >
        <Form.Item name="how" label={t('routing.route.how')}>
          <Radio.Group
            options={[
              { value: 'rules', label: t('routing.route.rules') },
              { value: 'queue', label: t('routing.route.queue'), disabled: !canPick },
            ]}
            data-testid="case-route-how"
          />
        </Form.Item>
        {how === 'queue' ? (
          <Form.Item name="queueId" label={t('routing.route.pick')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select loading={queues.loading} options={active.map((q) => ({ value: q.id, label: q.name }))} data-testid="case-route-queue" />
          </Form.Item>
        ) : null}
      </FormModal>
    </>
  );
}
