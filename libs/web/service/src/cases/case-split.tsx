import { useMutation } from '@apollo/client/react';
import { errorMessageOf, SplitCaseDocument } from '@rapport/web-data-access';
import { Alert, App, Button, Card, Flex, Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { casePath } from './case-paths';

export interface CaseSplitBarProps {
  caseId: string;
  /** How many messages the thread shows (the case keeps at least one). */
  total: number;
  chosen: readonly string[];
  /** Leaves split mode (cancelled, or done: the page then shows the new case). */
  onClose: () => void;
}

/**
 * "Split": the agent ticks the messages about another problem in the thread, names the new case and
 * confirms; the new case opens. The server checks again (messages on the case, one left behind,
 * case not closed) and its message is shown if it refuses.
 */
export function CaseSplitBar({ caseId, total, chosen, onClose }: CaseSplitBarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [subject, setSubject] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [split, splitting] = useMutation(SplitCaseDocument);
  const subjectRef = useRef<HTMLInputElement>(null);
  // Focus goes to the first thing to do: the subject (the checkboxes are in the thread above).
  useEffect(() => subjectRef.current?.focus(), []);

  const submit = async () => {
    if (!chosen.length) return setProblem(t('service.split.needOne'));
    if (chosen.length >= total) return setProblem(t('service.split.keepOne'));
    if (!subject.trim()) return setProblem(t('service.split.subjectRequired'));
    setProblem(null);
    try {
      const res = await split({ variables: { input: { caseId, messageIds: [...chosen], subject: subject.trim() } } });
      const created = res.data?.splitCase.case;
      if (!created) return;
      void message.success(t('service.split.done', { number: created.number }));
      // The same page shows the new case, so split mode ends here.
      onClose();
      void navigate(casePath(created.id));
    } catch (e) {
      setProblem(errorMessageOf(e) ?? t('errors.generic'));
    }
  };

  return (
    <Card size="small" title={t('service.split.open')} data-testid="case-split">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('service.split.hint')}</Typography.Text>
        <Typography.Text data-testid="case-split-count" aria-live="polite">
          {t('service.split.chosen', { count: chosen.length })}
        </Typography.Text>
        <label htmlFor="case-split-subject">{t('service.split.subject')}</label>
        <Input
          id="case-split-subject"
          ref={(el) => {
            subjectRef.current = el?.input ?? null;
          }}
          value={subject}
          maxLength={300}
          onChange={(e) => setSubject(e.target.value)}
          onPressEnter={() => void submit()}
          data-testid="case-split-subject"
        />
        {problem ? <Alert type="error" showIcon title={problem} data-testid="case-split-error" /> : null}
        <Flex gap="small" justify="flex-end">
          <Button onClick={onClose} data-testid="case-split-cancel">
            {t('service.split.cancel')}
          </Button>
          <Button type="primary" onClick={() => void submit()} loading={splitting.loading} data-testid="case-split-submit">
            {t('service.split.submit')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
