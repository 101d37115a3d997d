import { VISUALLY_HIDDEN } from '@rapport/web-ui';
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';

interface RatingInputProps {
  /** The question, as the group's name (a form label's `for` cannot name a group). */
  label: string;
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
  'aria-required'?: boolean | 'true' | 'false';
  'data-testid'?: string;
}

/**
 * One to five stars as a radio group of native radios, each named ("4 stars") and reachable by keyboard.
 * Ant Design's Rate leaves its stars unnamed and takes the form's aria-required on an element that may not
 * carry it (axe: critical), so the survey uses this instead; the form's props land on the radiogroup.
 */
export function PortalRatingInput({ label, id, value, onChange, 'aria-required': required, 'data-testid': testId }: RatingInputProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group id={id} aria-label={label} aria-required={required} data-testid={testId} value={value} optionType="button" onChange={(e) => onChange?.(e.target.value as number)}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Radio.Button key={n} value={n} data-testid={`${testId ?? 'rating'}-${n}`}>
          <span aria-hidden="true">
            {n} <span style={{ color: value !== undefined && n <= value ? '#d48806' : undefined }}>★</span>
          </span>
          <span style={VISUALLY_HIDDEN}>{t('portal.survey.stars', { count: n })}</span>
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}
