import { SaveWebFormDocument, WebFormsDocument } from '@rapport/web-data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pickOption } from '@rapport/web-testing';
import { meMock } from '@rapport/web-testing';
import { renderApp } from '../../../testing/render-app';
import { webForm } from '@rapport/web-testing';

const formsMock = (forms = [webForm()]) => ({ request: { query: WebFormsDocument }, result: { data: { webForms: forms } }, maxUsageCount: Number.POSITIVE_INFINITY });

describe('WebFormsPage', { timeout: 90_000 }, () => {
  it('lists forms, builds a new one with a live preview, saves it and shows its embed code', async () => {
    const saved = webForm({ id: 'form-2', name: 'Trade fair', source: 'event', campaign: 'Expo 2026', embedHtml: '<form data-form="form-2"></form>', hostedUrl: 'http://localhost/api/public/forms/form-2' });
    const save = vi.fn(() => ({ data: { saveWebForm: { __typename: 'SaveWebFormPayload', webForm: saved } } }));
    renderApp('/leads/forms', [
      meMock('ADMIN'),
      formsMock(),
      {
        request: {
          query: SaveWebFormDocument,
          variables: {
            input: {
              name: 'Trade fair',
              source: 'event',
              campaign: 'Expo 2026',
              redirectUrl: null,
              consentText: null,
              consentRequired: false,
              active: true,
              fields: [
                { key: 'company', label: 'Company', required: false },
                { key: 'lastName', label: 'Your name', required: true },
                { key: 'email', label: 'Email', required: true },
                { key: 'phone', label: 'Phone', required: false },
                { key: 'message', label: 'Message', required: false },
                { key: 'title', label: 'Job title', required: true },
              ],
            },
          },
        },
        result: save,
      },
    ]);

    const table = await screen.findByTestId('webforms-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('Contact us')).toBeTruthy();
    // Source (web → "Website") and campaign ("Website").
    expect(within(table).getAllByText('Website')).toHaveLength(2);

    fireEvent.click(screen.getByTestId('webform-create'));
    const drawer = await screen.findByTestId('webform-drawer');
    fireEvent.change(within(drawer).getByTestId('webform-name'), { target: { value: 'Trade fair' } });
    await pickOption(within(drawer).getByTestId('webform-source'), 'Event');
    fireEvent.change(within(drawer).getByTestId('webform-campaign'), { target: { value: 'Expo 2026' } });
    fireEvent.change(within(drawer).getByTestId('webform-field-label-lastName'), { target: { value: 'Your name' } });
    // Reorder: company above the name; add a required job title.
    fireEvent.click(within(drawer).getByTestId('webform-field-up-company'));
    await pickOption(within(drawer).getByTestId('webform-field-add'), 'Job title');
    fireEvent.click(await within(drawer).findByTestId('webform-field-required-title'));

    // The preview follows the edits before anything is saved.
    const preview = within(drawer).getByTestId('webform-preview');
    await waitFor(() => expect(within(preview).getByText('Trade fair')).toBeTruthy());
    const labels = [...preview.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['Company', 'Your name', 'Email', 'Phone', 'Message', 'Job title']);
    expect(within(drawer).getByText('Save the form to get its embed code and hosted page.')).toBeTruthy();

    fireEvent.click(screen.getByTestId('webform-submit'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: 5000 });
    const embed = await screen.findByTestId('webform-embed-html');
    expect((embed as HTMLTextAreaElement).value).toBe('<form data-form="form-2"></form>');
    expect(screen.getByTestId('webform-hosted-link').getAttribute('href')).toBe('http://localhost/api/public/forms/form-2');
  });

  it('refuses a form nobody could answer before asking the API', async () => {
    renderApp('/leads/forms', [meMock('ADMIN'), formsMock()]);
    fireEvent.click(await screen.findByTestId('webform-create', {}, { timeout: 10_000 }));
    const drawer = await screen.findByTestId('webform-drawer');
    fireEvent.change(within(drawer).getByTestId('webform-name'), { target: { value: 'No contact' } });
    fireEvent.click(within(drawer).getByTestId('webform-field-remove-email'));
    fireEvent.click(within(drawer).getByTestId('webform-field-remove-phone'));
    fireEvent.click(screen.getByTestId('webform-submit'));
    expect(await within(drawer).findByText('Add an email or a phone field, or nobody can answer the inquiry.')).toBeTruthy();
  });

  it('lets managers look without editing', async () => {
    renderApp('/leads/forms', [meMock('SALES_MANAGER'), formsMock()]);
    expect(await screen.findByTestId('intake-read-only', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByTestId('webform-create')).toBeNull();
    fireEvent.click(await screen.findByTestId('webform-edit-form-1'));
    expect(await screen.findByTestId('webform-embed')).toBeTruthy();
    expect(screen.queryByTestId('webform-submit')).toBeNull();
  });
});
