import { DownOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { QUOTE_LANGUAGES, quoteLanguageLabel } from '../revenue-labels';

/** The REST route that renders a quote (read-only; the same visibility as GraphQL). */
export const quotePdfPath = (quoteId: string, language: string) => `/api/v1/quotes/${encodeURIComponent(quoteId)}.pdf?lang=${encodeURIComponent(language)}`;

/**
 * "Download PDF" in the quote's own language, with all three languages a menu away. Plain links,
 * so the browser downloads with the session cookie and "open in new tab" works.
 */
export function QuotePdfMenu({ quoteId, language }: { quoteId: string; language: string }) {
  const { t } = useTranslation();
  return (
    <Space.Compact data-testid="quote-pdf">
      <Button icon={<FilePdfOutlined />} href={quotePdfPath(quoteId, language)} download data-testid="quote-pdf-default">
        {t('revenue.quotes.downloadPdf')}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: QUOTE_LANGUAGES.map((lng) => ({
            key: lng,
            label: (
              <a href={quotePdfPath(quoteId, lng)} download lang={lng} data-testid={`quote-pdf-${lng}`}>
                {t('revenue.quotes.pdfIn', { language: quoteLanguageLabel(lng) })}
              </a>
            ),
          })),
        }}
      >
        <Button icon={<DownOutlined />} aria-label={t('revenue.quotes.pdfLanguages')} data-testid="quote-pdf-languages" />
      </Dropdown>
    </Space.Compact>
  );
}
