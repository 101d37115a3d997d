import { useMutation, useQuery } from '@apollo/client/react';
import { AssignTechnicianDocument, errorMessageOf, SuggestTechniciansDocument } from '@rapport/web-data-access';
import { UserSelect } from '@rapport/web-core';
import { EmptyState, ErrorState } from '@rapport/web-ui';
import { Alert, Button, Flex, Modal, Skeleton, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonText, type Visit, type VisitWarning } from './visit-model';

/**
 * "Who should we send?" (ADR 0023 §8): the API's ranking — people with the skill at the level,
 * least busy that day first, then those who know the customer — each with its reasons, worded
 * here from their codes, and a button to send them. Someone else can be chosen by name (a visit
 * without a required skill has no ranking). The API re-checks who may be sent.
 */
export function SuggestTechniciansModal({ visit, skillName, open, onClose, onDone }: { visit: Visit; skillName: string; open: boolean; onClose: () => void; onDone: (warnings: VisitWarning[]) => void }) {
  const { t } = useTranslation();
  // The ranking is by the skill the visit needs; without one there is nothing to rank by.
  const ranked = !!visit.requiredSkill;
  const { data, error, loading, refetch } = useQuery(SuggestTechniciansDocument, { variables: { workOrderId: visit.id }, skip: !open || !ranked, fetchPolicy: 'network-only' });
  const [assign, assigning] = useMutation(AssignTechnicianDocument, { refetchQueries: ['CasePage'] });
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string>();
  const [other, setOther] = useState<string | null>(null);
  const otherId = useId();
  const list = data?.suggestTechnicians ?? [];

  const send = async (userId: string) => {
    setPending(userId);
    setFailure(undefined);
    try {
      const result = await assign({ variables: { input: { workOrderId: visit.id, technicianId: userId } } });
      onDone(result.data?.assignTechnician.warnings ?? []);
      onClose();
    } catch (e) {
      setFailure(errorMessageOf(e) ?? t('errors.generic'));
    } finally {
      setPending(null);
    }
  };

  let body;
  if (!ranked) body = <Alert type="info" showIcon title={t('service.visits.suggest.noSkill')} data-testid="visit-suggest-no-skill" />;
  else if (error) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else if (loading && !data) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (!list.length) body = <EmptyState compact description={t('service.visits.suggest.none')} />;
  else
    body = (
      <Flex component="ol" vertical gap={12} style={{ padding: 0, margin: 0, listStyle: 'none' }} aria-label={t('service.visits.suggest.listLabel')}>
        {list.map((s) => {
          const current = s.userId === visit.technicianId;
          return (
            <li key={s.userId} data-testid="visit-suggestion" data-user={s.userId}>
              <Flex gap={8} align="center" wrap justify="space-between">
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>
                    {s.rank}. {s.name}
                  </Typography.Text>
                  {s.fullyBooked ? <Tag color="red">{t('service.visits.suggest.fullyBooked')}</Tag> : null}
                  {current ? <Tag color="blue">{t('service.visits.suggest.current')}</Tag> : null}
                </Flex>
                <Button
                  size="small"
                  type={s.rank === 1 && !current ? 'primary' : 'default'}
                  disabled={current || (pending !== null && pending !== s.userId)}
                  loading={pending === s.userId && assigning.loading}
                  onClick={() => void send(s.userId)}
                  aria-label={t('service.visits.suggest.assignName', { name: s.name })}
                  data-testid="visit-assign"
                >
                  {t('service.visits.suggest.assign')}
                </Button>
              </Flex>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {s.reasons.map((r, i) => (
                  <li key={`${r.code}-${i}`} data-testid="visit-reason" data-code={r.code}>
                    <Typography.Text type="secondary">{reasonText(t, r, skillName)}</Typography.Text>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </Flex>
    );

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('service.visits.suggest.title')} destroyOnHidden data-testid="visit-suggest-modal">
      <Typography.Paragraph type="secondary">{t('service.visits.suggest.intro')}</Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="visit-assign-error" /> : null}
      {body}
      <Flex gap={8} align="center" wrap style={{ marginTop: 16 }}>
        <label htmlFor={otherId}>{t('service.visits.suggest.other')}</label>
        <div style={{ flex: 1, minWidth: 200 }}>
          <UserSelect id={otherId} value={other} onChange={(v) => setOther(v)} data-testid="visit-assign-other" />
        </div>
        <Button disabled={!other || (pending !== null && pending !== other)} loading={pending === other && assigning.loading} onClick={() => other && void send(other)} data-testid="visit-assign-other-send">
          {t('service.visits.suggest.assign')}
        </Button>
      </Flex>
    </Modal>
  );
}
