import { MockedProvider } from '@apollo/client/testing/react';
import { createCache, EventRegistrationLinksDocument } from '@rapport/web-data-access';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import { loadLazyMessages } from '@rapport/web-ui';
import { EventLinks } from './event-links';

const links = (language: string) => ({
  request: { query: EventRegistrationLinksDocument, variables: { id: 'e-1', language } },
  result: { data: { event: { __typename: 'Event' as const, id: 'e-1', hostedUrl: 'https://crm.example.com/api/public/events/e-1', embedHtml: `<form class="rapport-form" lang="${language}"></form>` } } },
});

function renderLinks(published: boolean) {
  render(
    <MockedProvider mocks={[links('en'), links('zh-TW')]} cache={createCache()}>
      <App>
        <EventLinks eventId="e-1" published={published} />
      </App>
    </MockedProvider>,
  );
}

describe('EventLinks', { timeout: 30_000 }, () => {
  it('links the hosted page in the chosen language and gives the form to embed in it', async () => {
    await loadLazyMessages('events', 'en');
    renderLinks(true);
    const link = await screen.findByTestId('event-hosted-link');
    expect(link.getAttribute('href')).toBe('https://crm.example.com/api/public/events/e-1?lang=en');
    expect(screen.queryByTestId('event-links-draft')).toBeNull();
    fireEvent.click(screen.getByText('繁體中文'));
    await waitFor(() => expect(screen.getByTestId('event-hosted-link').getAttribute('href')).toBe('https://crm.example.com/api/public/events/e-1?lang=zh-TW'));
    fireEvent.click(screen.getByText('Form for your website'));
    expect(((await screen.findByTestId('event-embed-html')) as HTMLTextAreaElement).value).toBe('<form class="rapport-form" lang="zh-TW"></form>');
  });

  it('says a draft takes no registrations yet', async () => {
    await loadLazyMessages('events', 'en');
    renderLinks(false);
    expect((await screen.findByTestId('event-links-draft')).textContent).toBe('The page and the form take registrations once the event is published.');
  });
});
