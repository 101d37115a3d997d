import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { LeadIntakePanel } from '@rapport/web-leads';
import { CampaignsPanel, ConsentPanel, WebsiteVisitsPanel } from '@rapport/web-marketing';
import { AccountCommitmentsPanel, OpportunityQuotesPanel } from '@rapport/web-revenue';
import { CustomerValuePanel } from '@rapport/web-segmentation';
import { ContractsPanel, OpenCasesPanel, PortalInvitePanel } from '@rapport/web-service';
import { RecordPanelsProvider, type RecordPanelKind, type RecordPanelProps, type RecordPanels } from '@rapport/web-core';

/** Marketing's "Campaigns" panel (issue 14), one for each kind of customer record. */
const campaigns = (kind: RecordPanelKind) => ({ record }: RecordPanelProps) => <Suspense fallback={null}><CampaignsPanel kind={kind} record={record} /></Suspense>;

/** Marketing's "Email consent" panel (issue 15): the answers of a person's addresses. */
const consent = (kind: 'contact' | 'lead') => ({ record }: RecordPanelProps) => <Suspense fallback={null}><ConsentPanel kind={kind} record={record} /></Suspense>;

/** Marketing's "Website visits" panel (issue 16): what the person looked at on the company's site. */
const visits = (kind: 'contact' | 'lead') => ({ record }: RecordPanelProps) => <Suspense fallback={null}><WebsiteVisitsPanel kind={kind} record={record} /></Suspense>;

/** Segmentation's "Customer value" panel (issue 17): RFM group, CLV, churn risk and lifecycle stage; an account's summed. */
const value = (kind: 'contact' | 'account') => ({ record }: RecordPanelProps) => <Suspense fallback={null}><CustomerValuePanel kind={kind} record={record} /></Suspense>;

/** Service's "Open cases" panel (issue 18): the customer's open problems, for those who may read cases. */
const openCases = (kind: 'account' | 'contact' | 'opportunity') => ({ record }: RecordPanelProps) => <Suspense fallback={null}><OpenCasesPanel kind={kind} record={record} /></Suspense>;

/**
 * What each feature area adds to the record pages of another (feature libs never import each other).
 * The panels load on demand (issue 12); the record above them shows meanwhile.
 */
const RECORD_PANELS: RecordPanels = {
  account: [openCases('account'), ({ record }) => <Suspense fallback={null}><ContractsPanel record={record} /></Suspense>, value('account'), ({ record }) => <Suspense fallback={null}><AccountCommitmentsPanel account={record} /></Suspense>, campaigns('account')],
  contact: [openCases('contact'), ({ record }) => <Suspense fallback={null}><PortalInvitePanel record={record} /></Suspense>, value('contact'), consent('contact'), campaigns('contact'), visits('contact')],
  lead: [({ record }) => <Suspense fallback={null}><LeadIntakePanel leadId={record.id} /></Suspense>, consent('lead'), campaigns('lead'), visits('lead')],
  opportunity: [openCases('opportunity'), ({ record }) => <Suspense fallback={null}><OpportunityQuotesPanel opportunityId={record.id} /></Suspense>, campaigns('opportunity')],
};

/**
 * What only the signed-in screens need, so the login page downloads none of it (issue 12): the
 * Apollo client when given (tests bring a mocked one), antd's `App` (message, notification and
 * modal hooks) and the record panels. Rendered inside `LocalizedAntd`.
 */
export function SignedInProviders({ client, children }: { client?: ApolloClient; children: ReactNode }) {
  const content = (
    <RecordPanelsProvider value={RECORD_PANELS}>
      <AntdApp>{children}</AntdApp>
    </RecordPanelsProvider>
  );
  return client ? <ApolloProvider client={client}>{content}</ApolloProvider> : content;
}
