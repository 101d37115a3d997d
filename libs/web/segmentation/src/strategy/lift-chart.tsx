import type { StrategyOutcomeFieldsFragment } from '@rapport/web-data-access';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDifference, formatMean, intervalGeometry, outcomeLabel, VERDICT_COLORS, verdictLabel, verdictSentence, type ResultFormat } from './strategy-words';

const WIDTH = 300;
const HEIGHT = 36;
const MID = 18;
const INK = { worked: '#389e0d', hurt: '#cf1322', other: '#8c8c8c' };

/**
 * One outcome's lift: the difference between those who got it and those held out as a dot, its
 * 95% interval as a bar, and zero as a line, so whether the bar crosses zero is what the eye sees.
 * Each outcome has its own scale (orders, money and shares do not share one). The drawing is
 * decorative for screen readers: the sentence and the figures beside it say the same in words.
 */
export function LiftRow({ result, format }: { result: StrategyOutcomeFieldsFragment; format: ResultFormat }) {
  const { t } = useTranslation();
  const g = intervalGeometry(result);
  const ink = result.verdict === 'worked' ? INK.worked : result.verdict === 'hurt' ? INK.hurt : INK.other;
  const x = (share: number) => share * WIDTH;
  const tooFew = result.verdict === 'too_few';
  return (
    <div data-testid={`strategy-outcome-${result.outcome}`} data-verdict={result.verdict} style={{ borderTop: '1px solid rgba(5,5,5,0.06)', paddingTop: 8 }}>
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Text strong>{outcomeLabel(t, result.outcome)}</Typography.Text>
        <Tag color={VERDICT_COLORS[result.verdict]}>{verdictLabel(t, result.verdict)}</Tag>
      </Flex>
      <Flex gap="middle" wrap align="center" style={{ marginTop: 4 }}>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH, flex: '1 1 200px', opacity: tooFew ? 0.45 : 1 }} aria-hidden="true" focusable="false">
          <line x1={0} x2={WIDTH} y1={MID} y2={MID} stroke="#d9d9d9" />
          <line x1={x(g.zero)} x2={x(g.zero)} y1={4} y2={HEIGHT - 4} stroke="#595959" strokeDasharray="3 2" />
          <rect x={x(g.low)} y={MID - 4} width={Math.max(2, x(g.high) - x(g.low))} height={8} rx={4} fill={ink} opacity={0.35} />
          <circle cx={x(g.point)} cy={MID} r={6} fill={ink} />
        </svg>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('strategies.means', {
            treated: formatMean(result.outcome, result.treatedMean, format),
            holdout: formatMean(result.outcome, result.holdoutMean, format),
            difference: formatDifference(t, result.outcome, result.difference, format),
          })}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ margin: '4px 0 0' }} data-testid={`strategy-verdict-${result.outcome}`}>
        {verdictSentence(t, result, format)}
      </Typography.Paragraph>
    </div>
  );
}
