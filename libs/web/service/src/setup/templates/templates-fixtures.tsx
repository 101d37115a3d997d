import type { MockLink } from '@apollo/client/testing';
import { CaseReplyTemplatesDocument, RenderCaseReplyTemplateDocument, type CaseReplyTemplateFieldsFragment, type CaseReplyTemplatesQueryVariables } from '@rapport/web-data-access';

// Hand-made API answers for the reply templates' tests (the reply box's picker and the set-up screen).

export function aTemplate(id: string, over: Partial<CaseReplyTemplateFieldsFragment> = {}): CaseReplyTemplateFieldsFragment {
  return { __typename: 'CaseReplyTemplate', id, name: `Template ${id}`, language: null, body: 'Dear {{ contact.first_name }},', active: true, updatedAt: '2026-12-01T02:00:00Z', ...over };
}

/** The templates list, answered as often as asked; `asked` records the variables of each ask. */
export function templatesMock(list: CaseReplyTemplateFieldsFragment[], asked: CaseReplyTemplatesQueryVariables[] = []): MockLink.MockedResponse {
  return {
    request: { query: CaseReplyTemplatesDocument, variables: () => true },
    result: (v: CaseReplyTemplatesQueryVariables) => {
      asked.push(v);
      return { data: { caseReplyTemplates: list } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

/** A template's text for a case: `texts[templateId]`, or the API's not-found error. */
export function renderTemplateMock(texts: Record<string, string>): MockLink.MockedResponse {
  return {
    request: { query: RenderCaseReplyTemplateDocument, variables: () => true },
    result: (v: { caseId: string; templateId: string }) =>
      (texts[v.templateId] !== undefined
        ? { data: { renderCaseReplyTemplate: texts[v.templateId] } }
        : { errors: [{ message: 'The reply template was not found.', extensions: { code: 'NOT_FOUND', messageKey: 'errors.notFound', params: { object: 'template' } } }] }) as never,
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}
