import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Flex, Input, Row, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MAX_QUESTIONS, move, newQuestion, QUESTION_KINDS, suggestKey, type CsatQuestionKind, type QuestionDraft } from './csat-model';

// One literal key per kind, so the key check finds them all.
const KIND_LABELS: Record<CsatQuestionKind, (t: TFunction) => string> = {
  RATING: (t) => t('csat.settings.kind.RATING'),
  YES_NO: (t) => t('csat.settings.kind.YES_NO'),
  TEXT: (t) => t('csat.settings.kind.TEXT'),
};

interface Props {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  disabled: boolean;
}

/**
 * The survey's extra questions after the 1–5 rating, in the order the customer sees them: a key the
 * answers are stored under, a kind, whether it must be answered, and its text per language (English
 * required; a missing Chinese text shows the English).
 */
export function CsatQuestionsEditor({ questions, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<QuestionDraft>) => onChange(questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  return (
    <Flex vertical gap="small" data-testid="csat-questions">
      {questions.length === 0 ? (
        <Typography.Text type="secondary" data-testid="csat-questions-empty">
          {t('csat.settings.noQuestions')}
        </Typography.Text>
      ) : null}
      {questions.map((q, i) => {
        const n = i + 1;
        return (
          <Card key={q.id} size="small" data-testid="csat-question" title={t('csat.settings.questionN', { n })}
            extra={
              disabled ? null : (
                <Flex gap={4}>
                  <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('csat.settings.moveUp', { n })} onClick={() => onChange(move(questions, i, -1))} data-testid="csat-question-up" />
                  <Button size="small" icon={<ArrowDownOutlined />} disabled={i === questions.length - 1} aria-label={t('csat.settings.moveDown', { n })} onClick={() => onChange(move(questions, i, 1))} data-testid="csat-question-down" />
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('csat.settings.remove', { n })} onClick={() => onChange(questions.filter((_, j) => j !== i))} data-testid="csat-question-remove" />
                </Flex>
              )
            }
          >
            <Row gutter={[12, 8]}>
              <Col xs={24} md={12}>
                <label>
                  <Typography.Text>{t('csat.settings.textEn')}</Typography.Text>
                  <Input value={q.en} disabled={disabled} maxLength={300} onChange={(e) => update(i, { en: e.target.value })} onBlur={() => !q.key && q.en && update(i, { key: suggestKey(q.en) })} data-testid="csat-question-en" />
                </label>
              </Col>
              <Col xs={24} md={12}>
                <label>
                  <Typography.Text>{t('csat.settings.key')}</Typography.Text>
                  <Input value={q.key} disabled={disabled} maxLength={40} placeholder="speed" onChange={(e) => update(i, { key: e.target.value })} data-testid="csat-question-key" />
                </label>
              </Col>
              <Col xs={24} md={12}>
                <label>
                  <Typography.Text>{t('csat.settings.textZhCN')}</Typography.Text>
                  <Input value={q.zhCN} disabled={disabled} maxLength={300} lang="zh-CN" onChange={(e) => update(i, { zhCN: e.target.value })} data-testid="csat-question-zhCN" />
                </label>
              </Col>
              <Col xs={24} md={12}>
                <label>
                  <Typography.Text>{t('csat.settings.textZhTW')}</Typography.Text>
                  <Input value={q.zhTW} disabled={disabled} maxLength={300} lang="zh-TW" onChange={(e) => update(i, { zhTW: e.target.value })} data-testid="csat-question-zhTW" />
                </label>
              </Col>
              <Col xs={24} md={12}>
                <Flex vertical>
                  <Typography.Text id={`${q.id}-kind`}>{t('csat.settings.kindLabel')}</Typography.Text>
                  <Select<CsatQuestionKind>
                    aria-labelledby={`${q.id}-kind`}
                    value={q.kind}
                    disabled={disabled}
                    onChange={(kind) => update(i, { kind })}
                    options={QUESTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k]?.(t) ?? k }))}
                    data-testid="csat-question-kind"
                  />
                </Flex>
              </Col>
              <Col xs={24} md={12}>
                <Checkbox checked={q.required} disabled={disabled} onChange={(e) => update(i, { required: e.target.checked })} style={{ marginTop: 24 }} data-testid="csat-question-required">
                  {t('csat.settings.required')}
                </Checkbox>
              </Col>
            </Row>
          </Card>
        );
      })}
      {disabled ? null : (
        <Button icon={<PlusOutlined />} disabled={questions.length >= MAX_QUESTIONS} onClick={() => onChange([...questions, newQuestion()])} data-testid="csat-question-add" style={{ alignSelf: 'flex-start' }}>
          {t('csat.settings.addQuestion', { max: MAX_QUESTIONS })}
        </Button>
      )}
    </Flex>
  );
}
