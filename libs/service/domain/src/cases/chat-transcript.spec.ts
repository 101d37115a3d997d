import { chatClockEvents, chatInOrder, chatTranscriptProblems, chatTranscriptText, type ChatLine } from './chat-transcript';

const t = (hm: string) => new Date(`2026-12-07T${hm}:00Z`);
const NOW = t('12:00');

describe('chat transcripts', () => {
  it('refuse what a chat cannot be: no lines, blank or long lines, future times, nobody but the agent', () => {
    expect(chatTranscriptProblems([], NOW)).toEqual([{ path: 'input.lines', message: 'A transcript needs at least one line.' }]);
    const bad: ChatLine[] = [
      { at: t('10:00'), from: 'customer', text: ' ' },
      { at: t('10:01'), from: 'customer', text: 'x'.repeat(4001) },
      { at: t('12:06'), from: 'customer', text: 'From the future' },
      { at: t('12:04'), from: 'customer', text: 'Within the clocks’ drift' },
    ];
    expect(chatTranscriptProblems(bad, NOW).map((p) => p.path)).toEqual(['input.lines.0.text', 'input.lines.1.text', 'input.lines.2.at']);
    expect(chatTranscriptProblems([{ at: t('10:00'), from: 'agent', text: 'Hello?' }], NOW)).toEqual([{ path: 'input.lines', message: 'A transcript needs at least one line from the customer.' }]);
  });

  it('count the customer’s turns as messages and the agent’s answers as responses, from the first customer line on', () => {
    const lines = chatInOrder([
      { at: t('10:05'), from: 'agent', text: 'Let me check.' },
      { at: t('10:00'), from: 'agent', text: 'Welcome!' },
      { at: t('10:02'), from: 'customer', text: 'My order is late.' },
      { at: t('10:03'), from: 'customer', text: 'Since Monday.' },
      { at: t('10:07'), from: 'agent', text: 'It ships today.' },
      { at: t('10:09'), from: 'customer', text: 'Thanks' },
      { at: t('12:03'), from: 'agent', text: 'Posted a little early by a drifting clock.' },
    ]);
    expect(chatClockEvents(lines, 'm-1', NOW).map((e) => [e.kind, e.at.toISOString().slice(11, 16), e.data.messageId])).toEqual([
      ['customer_message', '10:02', 'm-1'],
      ['agent_response', '10:05', 'm-1'],
      ['customer_message', '10:09', 'm-1'],
    ]);
    // On a case with a thread, the agent's opening line answers what the customer wrote before.
    expect(chatClockEvents(lines, 'm-1', NOW, true)[0]).toMatchObject({ kind: 'agent_response', at: t('10:00') });
  });

  it('read as a dated, timed transcript naming each side', () => {
    const text = chatTranscriptText(chatInOrder([{ at: t('10:02'), from: 'customer', text: '  你好 ' }, { at: t('10:03'), from: 'agent', text: 'Hello', author: 'Li Na' }]));
    expect(text).toBe('— 2026-12-07 (UTC) —\n10:02 Customer: 你好\n10:03 Agent (Li Na): Hello');
  });
});
