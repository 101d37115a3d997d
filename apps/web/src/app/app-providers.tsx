import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { antdLocaleFor, currentLanguage } from '@rapport/web-ui';
import { App as AntdApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LeadIntakePanel } from '@rapport/web-leads';
import { AccountCommitmentsPanel, OpportunityQuotesPanel } from '@rapport/web-revenue';
import { RecordPanelsProvider, type RecordPanels } from '@rapport/web-core';

const theme = {
  token: { colorPrimary: '#1f6feb', borderRadius: 8 },
};

/** antd's own texts (pagination, pickers, Empty) follow the language chosen in i18next. */
function LocalizedAntd({ children }: { children: ReactNode }) {
  // Subscribes to language changes so ConfigProvider re-renders with the new locale.
  useTranslation();
  return (
    // autoInsertSpace off: antd would render "登入" as "登 入", unlike every other label.
    <ConfigProvider locale={antdLocaleFor(currentLanguage())} theme={theme} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** What each feature area adds to the record pages of another (feature libs never import each other). */
const RECORD_PANELS: RecordPanels = {
  account: [({ record }) => <AccountCommitmentsPanel account={record} />],
  lead: [({ record }) => <LeadIntakePanel leadId={record.id} />],
  opportunity: [({ record }) => <OpportunityQuotesPanel opportunityId={record.id} />],
};

/** Everything except the router; tests wrap screens in this with a mocked client. */
export function AppProviders({ client, children }: { client?: ApolloClient; children: ReactNode }) {
  const content = (
    <RecordPanelsProvider value={RECORD_PANELS}>
      <LocalizedAntd>{children}</LocalizedAntd>
    </RecordPanelsProvider>
  );
  return client ? <ApolloProvider client={client}>{content}</ApolloProvider> : content;
}
