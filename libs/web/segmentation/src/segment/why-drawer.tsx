import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { errorMessageOf, SegmentWhyDocument, type SegmentMemberFieldsFragment } from '@rapport/web-data-access';
import { personName } from '@rapport/web-core';
import { ErrorState } from '@rapport/web-ui';
import { Alert, Drawer, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ruleAt } from '../rule/rule-model';
import { ruleInWords, type WordsContext } from '../rule/rule-words';

/**
 * "Why is this person in?" (issue 17): `segmentWhy(segmentId, contactId)` — whether the rule
 * matches them now and, for each top-level condition, whether it holds (✓/✗), in the same words
 * as the rule on the page (`ruleInWords` of the stored rule at the condition's path).
 */
export function WhyDrawer({ segmentId, member, rule, words, onClose }: { segmentId: string; member: SegmentMemberFieldsFragment | null; rule: unknown; words: Omit<WordsContext, 't'>; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SegmentWhyDocument, { variables: { segmentId, contactId: member?.id ?? '' }, skip: !member, fetchPolicy: 'network-only' });
  const name = member ? personName(member) : '';
  const why = data?.segmentWhy;

  let body;
  if (!member) body = null;
  else if (loading && !why) body = <Skeleton active />;
  else if (!why) body = <ErrorState message={errorMessageOf(error)} onRetry={() => void refetch()} />;
  else
    body = (
      <>
        <Alert
          type={why.matches ? 'success' : 'warning'}
          showIcon
          title={why.matches ? t('segments.why.matches', { name }) : t('segments.why.notMatches', { name })}
          data-testid="segment-why-result"
          data-matches={why.matches}
          style={{ marginBottom: 16 }}
        />
        {why.conditions.length ? (
          <ul data-testid="segment-why-conditions" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {why.conditions.map((c) => (
              <li key={c.path} data-testid="segment-why-condition" data-matches={c.matches} style={{ display: 'flex', alignItems: 'flex-start', gap: 8, paddingBlock: 8, borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
                {c.matches ? (
                  <CheckCircleFilled style={{ color: '#389e0d', marginTop: 4 }} aria-label={t('segments.why.holds')} role="img" />
                ) : (
                  <CloseCircleFilled style={{ color: '#cf1322', marginTop: 4 }} aria-label={t('segments.why.fails')} role="img" />
                )}
                <Typography.Text>{ruleInWords(ruleAt(rule, c.path) ?? { type: 'condition', condition: c.condition, params: {} }, { t, ...words })}</Typography.Text>
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Paragraph type="secondary">{t('segments.why.noConditions')}</Typography.Paragraph>
        )}
      </>
    );

  return (
    <Drawer open={!!member} onClose={onClose} title={t('segments.why.title', { name })} size={Math.min(520, window.innerWidth)} data-testid="segment-why">
      {body}
    </Drawer>
  );
}
