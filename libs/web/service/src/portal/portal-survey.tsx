import { useMutation, useQuery } from '@apollo/client/react';
import { AnswerPortalSurveyDocument, fieldErrorsOf, PortalSurveyDocument, type AnswerPortalSurveyMutationVariables, type PortalSurveyQuery } from '@rapport/web-data-access';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { PortalRatingInput } from './portal-rating-input';
import { useTranslation } from 'react-i18next';
import { portalErrorMessage } from './portal-errors';

type Survey = NonNullable<PortalSurveyQuery['portalSurvey']>;
type PortalSurveyAnswerInput = NonNullable<AnswerPortalSurveyMutationVariables['input']['answers']>[number];

interface SurveyValues {
  rating?: number;
  comment?: string;
  answers?: Record<string, number | boolean | string | undefined>;
}

/** The answers the API takes: one per question answered, in the value its kind has. */
export function surveyAnswers(survey: Survey, answers: SurveyValues['answers'] = {}): PortalSurveyAnswerInput[] {
  return survey.questions.flatMap((q): PortalSurveyAnswerInput[] => {
    const value = answers[q.key];
    if (value === undefined || value === null || value === '') return [];
    if (q.kind === 'RATING') return [{ key: q.key, rating: Number(value) }];
    if (q.kind === 'YES_NO') return [{ key: q.key, yes: value === true }];
    return [{ key: q.key, text: String(value).trim() }];
  });
}

/** A resolved or closed case's satisfaction survey, once: nothing when the case has none for this customer. */
export function PortalSurveyCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(PortalSurveyDocument, { variables: { caseId } });
  const [answer, { loading }] = useMutation(AnswerPortalSurveyDocument);
  const [form] = Form.useForm<SurveyValues>();
  const [failure, setFailure] = useState<string>();
  const survey = data?.portalSurvey;
  if (!survey) return null;
  if (survey.answered) {
    return (
      <section className="portal-card" data-testid="portal-survey-thanks" role="status">
        {t('portal.survey.thanks')}
      </section>
    );
  }

  const submit = async ({ rating, comment, answers }: SurveyValues) => {
    setFailure(undefined);
    try {
      await answer({
        variables: { input: { caseId, rating: rating ?? 0, answers: surveyAnswers(survey, answers), comment: comment?.trim() || null } },
        // The query shows the thank-you from the answer on.
        refetchQueries: [{ query: PortalSurveyDocument, variables: { caseId } }],
        awaitRefetchQueries: true,
      });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setFailure(fields[0]?.message ?? portalErrorMessage(error, t));
    }
  };

  return (
    <section className="portal-card" data-testid="portal-survey" lang={survey.language}>
      <h2>{t('portal.survey.title')}</h2>
      {failure ? <Alert data-testid="portal-survey-error" type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} /> : null}
      <Form<SurveyValues> form={form} layout="vertical" requiredMark={false} disabled={loading} onFinish={(v) => void submit(v)}>
        <Form.Item name="rating" label={t('portal.survey.rating')} rules={[{ required: true, message: t('portal.survey.ratingRequired') }]}>
          <PortalRatingInput label={t('portal.survey.rating')} data-testid="portal-survey-rating" />
        </Form.Item>
        {survey.questions.map((q) => (
          <Form.Item key={q.key} name={['answers', q.key]} label={q.text} rules={q.required ? [{ required: true, message: t('portal.validation.required') }] : []}>
            {q.kind === 'RATING' ? (
              <PortalRatingInput label={q.text} />
            ) : q.kind === 'YES_NO' ? (
              <Radio.Group
                options={[
                  { value: true, label: t('portal.survey.yes') },
                  { value: false, label: t('portal.survey.no') },
                ]}
              />
            ) : (
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
            )}
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('portal.survey.comment')}>
          <Input.TextArea data-testid="portal-survey-comment" autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        <Button data-testid="portal-survey-submit" type="primary" htmlType="submit" loading={loading}>
          {t('portal.survey.submit')}
        </Button>
      </Form>
    </section>
  );
}
