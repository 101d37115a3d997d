import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { changed, textDiff } from './knowledge-model';

// Not by colour alone (WCAG 1.4.1): inserted text is underlined, deleted text struck through, and
// <ins>/<del> say so to assistive technology.
const INS = { background: '#d9f7be', textDecoration: 'underline', textDecorationThickness: 2 } as const;
const DEL = { background: '#ffccc7', textDecoration: 'line-through', textDecorationThickness: 2 } as const;

/** One text of two versions, with what was inserted and deleted marked. */
export function TextDiff({ label, before, after, testId }: { label: string; before: string; after: string; testId: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => textDiff(before, after), [before, after]);
  return (
    <section data-testid={testId} style={{ marginBottom: 12 }}>
      <Typography.Title level={4} style={{ fontSize: 14, margin: '0 0 4px' }}>
        {label}
      </Typography.Title>
      {changed(parts) ? (
        <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', padding: 8, border: '1px solid rgba(5, 5, 5, 0.1)', borderRadius: 6 }}>
          {parts.map((p, i) =>
            p.added ? (
              <ins key={i} style={INS}>{p.value}</ins>
            ) : p.removed ? (
              <del key={i} style={DEL}>{p.value}</del>
            ) : (
              <span key={i}>{p.value}</span>
            ),
          )}
        </div>
      ) : (
        <Typography.Text type="secondary">{t('knowledge.versions.unchanged')}</Typography.Text>
      )}
    </section>
  );
}
