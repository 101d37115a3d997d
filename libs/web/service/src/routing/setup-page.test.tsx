import {
  ReorderRoutingQueueRulesDocument,
  RoutingSetupAgentsDocument,
  RoutingSetupDocument,
  SaveRoutingQueueDocument,
  SaveRoutingQueueRuleDocument,
  SetAgentRoutingProfileDocument,
  type RoutingSetupQuery,
} from '@rapport/web-data-access';
import { i18n } from '@rapport/web-ui';
import { pickOption, userOptionsMock } from '@rapport/web-testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, renderRoutes } from '../cases/cases-fixtures';
import { agent, answering, queue, rule, SKILLS, unavailable } from './routing-fixtures';
import { ROUTING_ROUTES, ROUTING_SETUP_PATH } from './routes';

const REPAIRS = queue('q-1', 'Repairs', { skills: [{ __typename: 'QueueSkill', skillKey: 'hydraulics', level: 3 }], overflowQueueId: 'q-2', overflowAfterSeconds: 1800, targetSeconds: 7200 });
const BILLING = queue('q-2', 'Billing', { distribution: 'ROUND_ROBIN', isDefault: true });
const RULES = [
  rule('r-1', 'Chinese pumps', 'q-1', 1, { criteria: { __typename: 'QueueCriteriaView', channels: ['EMAIL', 'PHONE'], priorities: ['urgent'], languages: ['zh-CN'], accountTiers: [], keywords: ['泵', 'pump'], productIds: [] } }),
  rule('r-2', 'Invoices', 'q-2', 2, { active: false }),
  rule('r-3', 'Everything else', 'q-2', 3),
];

function setup(over: Partial<RoutingSetupQuery> = {}): RoutingSetupQuery {
  return { serviceSkills: SKILLS, routingQueues: [BILLING, REPAIRS], routingQueueRules: RULES, ...over };
}
const AGENTS = {
  routingBoard: {
    __typename: 'RoutingBoard',
    at: '2026-12-07T02:00:00.000Z',
    agents: [agent('u-1', 'Wang Min', { skills: [{ __typename: 'UserSkill', skillKey: 'electrics', level: 2 }], languages: ['zh-CN'] }, { EMAIL: [1, 5], PHONE: [0, 1] })],
  },
};

const rows = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((c) => c.textContent);
/** The error antd shows under the form field holding the control with this test id. */
const errorUnder = (dialog: HTMLElement, testId: string) => within(dialog).getByTestId(testId).closest('.ant-form-item')!.querySelector('.ant-form-item-explain-error')?.textContent;

async function open(role: 'SERVICE_MANAGER' | 'SERVICE_AGENT' | 'ADMIN', extra: Parameters<typeof renderRoutes>[2] = [], data = setup()) {
  renderRoutes(ROUTING_ROUTES, ROUTING_SETUP_PATH, [...extra, answering(RoutingSetupDocument, [data]), answering(RoutingSetupAgentsDocument, [AGENTS])], role);
  await screen.findByTestId('setup-queues', {}, { timeout: 10_000 });
}

describe('Routing set-up', { timeout: 60_000 }, () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('lists the queues, the rules in order and the agents’ profiles', async () => {
    await open('SERVICE_MANAGER');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Routing queues']);
    expect(rows('queues-table').map((r) => cells(r).slice(0, 5))).toEqual([
      ['BillingDefault', 'Round robin', '—', '1 h 0 min', '—'],
      ['Repairs', 'Least busy first', 'Hydraulics · level 3', '2 h 0 min', 'Billing after 30 min'],
    ]);
    expect(rows('rules-table').map((r) => cells(r).slice(0, 4))).toEqual([
      ['1', 'Chinese pumps', 'Repairs', 'Channels: Email, Phone · Priorities: Urgent · Languages: Simplified Chinese · Keywords: 泵, pump'],
      ['2', 'InvoicesInactive', 'Billing', 'Every case'],
      ['3', 'Everything else', 'Billing', 'Every case'],
    ]);
    await waitFor(() => expect(rows('agents-table').map((r) => cells(r).slice(0, 4))).toEqual([['Wang Min', 'Simplified Chinese', 'Email 1/5Phone 0/1', 'Electrics · level 2']]));
    expect(screen.getByRole('button', { name: 'Move Chinese pumps up' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Move Everything else down' }).hasAttribute('disabled')).toBe(true);
    expect(await axeViolations()).toEqual([]);
  });

  it('creates a queue with the values given and shows the API’s refusal on the field it names', async () => {
    const sent: unknown[] = [];
    const taken = new GraphQLError('Another queue has this name.', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.name', message: 'Another queue has this name.' }] } });
    await open('SERVICE_MANAGER', [answering(SaveRoutingQueueDocument, [taken], sent)]);
    fireEvent.click(screen.getByTestId('queue-add'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
    fireEvent.change(within(dialog).getByTestId('queue-name'), { target: { value: ' Billing ' } });
    fireEvent.change(within(dialog).getByTestId('queue-target'), { target: { value: '30' } });
    fireEvent.click(within(dialog).getByTestId('queue-skills-add'));
    fireEvent.click(within(dialog).getByTestId('queue-submit'));
    await waitFor(() => expect(errorUnder(dialog, 'queue-name')).toBe('Another queue has this name.'), { timeout: 5_000 });
    expect(sent).toEqual([
      {
        input: {
          name: 'Billing',
          description: '',
          distribution: 'LEAST_BUSY',
          skills: [{ skillKey: 'hydraulics', level: 1 }],
          targetSeconds: 1800,
          overflowQueueId: null,
          overflowAfterSeconds: null,
          isDefault: false,
          active: true,
        },
      },
    ]);
    // The dialog stays open for a correction.
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('moves a rule down by sending every rule in the new order', async () => {
    const sent: unknown[] = [];
    await open('ADMIN', [answering(ReorderRoutingQueueRulesDocument, [{ reorderRoutingQueueRules: [RULES[1], RULES[0], RULES[2]] }], sent)]);
    fireEvent.click(screen.getByRole('button', { name: 'Move Chinese pumps down' }));
    await waitFor(() => expect(sent).toEqual([{ ids: ['r-2', 'r-1', 'r-3'] }]));
  });

  it('puts the API’s problem with a criterion on that list of the rule', async () => {
    const sent: { input: { criteria: Record<string, unknown> } }[] = [];
    const bad = new GraphQLError('A keyword cannot be empty.', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.criteria.keywords.1', message: 'A keyword cannot be empty.' }] } });
    await open('SERVICE_MANAGER', [answering(SaveRoutingQueueRuleDocument, [bad], sent)]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit rule Chinese pumps' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
    fireEvent.click(within(dialog).getByTestId('rule-submit'));
    await waitFor(() => expect(errorUnder(dialog, 'rule-keywords')).toBe('A keyword cannot be empty.'), { timeout: 5_000 });
    expect(errorUnder(dialog, 'rule-name')).toBeUndefined();
    expect(sent[0]).toEqual({
      input: { id: 'r-1', name: 'Chinese pumps', queueId: 'q-1', active: true, criteria: { channels: ['EMAIL', 'PHONE'], priorities: ['urgent'], languages: ['zh-CN'], accountTiers: [], keywords: ['泵', 'pump'], productIds: [] } },
    });
  });

  it('sets an agent’s capacity per channel, languages and skills', async () => {
    const sent: unknown[] = [];
    await open('SERVICE_MANAGER', [answering(SetAgentRoutingProfileDocument, [{ setAgentRoutingProfile: AGENTS.routingBoard.agents[0] }], sent)]);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit routing profile of Wang Min' }, { timeout: 5_000 }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
    fireEvent.change(within(dialog).getByTestId('profile-capacity-PHONE'), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByTestId('profile-submit'));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          input: {
            userId: 'u-1',
            languages: ['zh-CN'],
            capacity: [
              { channel: 'PHONE', capacity: 2 },
              { channel: 'EMAIL', capacity: 5 },
              { channel: 'WEB', capacity: 0 },
              { channel: 'PORTAL', capacity: 0 },
              { channel: 'CHAT', capacity: 0 },
              { channel: 'OTHER', capacity: 0 },
            ],
            skills: [{ skillKey: 'electrics', level: 2 }],
          },
        },
      ]),
    );
  });

  it('gives someone a profile with the API’s defaults, and shows why their role cannot have one', async () => {
    const sent: { input: Record<string, unknown> }[] = [];
    const refused = new GraphQLError('This person’s role does not work cases.', { extensions: { code: 'VALIDATION_FAILED', fields: [{ path: 'input.userId', message: 'This person’s role does not work cases.' }] } });
    await open('ADMIN', [userOptionsMock([{ id: 'u-7', name: 'Sally Sales' }]), answering(SetAgentRoutingProfileDocument, [refused], sent)]);
    fireEvent.click(screen.getByTestId('agent-add'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5_000 });
    await pickOption(within(dialog).getByTestId('profile-user'), 'Sally Sales');
    fireEvent.click(within(dialog).getByTestId('profile-submit'));
    await waitFor(() => expect(errorUnder(dialog, 'profile-user')).toBe('This person’s role does not work cases.'), { timeout: 5_000 });
    expect(sent[0]!.input).toEqual({
      userId: 'u-7',
      languages: [],
      capacity: [
        { channel: 'PHONE', capacity: 1 },
        { channel: 'EMAIL', capacity: 5 },
        { channel: 'WEB', capacity: 5 },
        { channel: 'PORTAL', capacity: 5 },
        { channel: 'CHAT', capacity: 2 },
        { channel: 'OTHER', capacity: 3 },
      ],
      skills: [],
    });
  });

  it('is read-only to a service agent', async () => {
    await open('SERVICE_AGENT');
    expect(screen.getByText('You can see the routing set-up; service managers and administrators change it.')).toBeTruthy();
    expect(screen.queryByTestId('queue-add')).toBeNull();
    expect(screen.queryByTestId('rule-add')).toBeNull();
    expect(screen.queryByTestId('agent-add')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
  });

  it('says what is missing when nothing is set up', async () => {
    await open('SERVICE_MANAGER', [], setup({ routingQueues: [], routingQueueRules: [] }));
    expect(screen.getByTestId('queues-none').textContent).toBe('No queues yet. Add one to start routing cases.');
    expect(screen.getByTestId('rules-none')).toBeTruthy();
    expect(screen.queryByTestId('rule-add')).toBeNull();
  });

  it('explains a failure and tries again on request', async () => {
    renderRoutes(ROUTING_ROUTES, ROUTING_SETUP_PATH, [answering(RoutingSetupDocument, [unavailable(), setup()]), answering(RoutingSetupAgentsDocument, [AGENTS])], 'SERVICE_MANAGER');
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }, { timeout: 10_000 }));
    expect(await screen.findByTestId('setup-queues', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('speaks Simplified Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    await open('SERVICE_MANAGER');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['路由队列']);
    expect(cells(rows('queues-table')[1]!)[4]).toBe('30 分钟 后转到 Billing');
    expect(cells(rows('rules-table')[1]!)[3]).toBe('所有工单');
    expect(screen.getByTestId('queue-add').textContent).toBe('添加队列');
  });
});
