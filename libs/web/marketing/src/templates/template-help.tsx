import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { variableLabels } from './template-labels';
import { LIQUID_VARIABLES } from './template-model';

/**
 * The short help under the MJML source: what can be personalised and how a fallback is written.
 * A native disclosure (details/summary): opened and closed from the keyboard, no script.
 */
export function TemplateHelp() {
  const { t } = useTranslation();
  const labels = variableLabels(t);
  const example = `{{ contact.first_name | default: "${t('templates.help.fallbackWord')}" }}`;
  return (
    <details data-testid="template-help" style={{ marginBottom: 16 }}>
      <summary style={{ cursor: 'pointer' }}>
        <Typography.Text strong>{t('templates.help.title')}</Typography.Text>
      </summary>
      <Typography.Paragraph style={{ margin: '8px 0 4px' }}>
        {t('templates.help.intro')} <Typography.Text code>{example}</Typography.Text>
      </Typography.Paragraph>
      <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)', gap: '4px 12px', margin: 0 }}>
        {LIQUID_VARIABLES.map((v) => (
          <div key={v} style={{ display: 'contents' }}>
            <dt>
              <Typography.Text code style={{ wordBreak: 'break-all' }}>{`{{ ${v} }}`}</Typography.Text>
            </dt>
            <dd style={{ margin: 0 }}>{labels[v]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
