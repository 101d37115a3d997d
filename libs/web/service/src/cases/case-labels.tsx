import { CommentOutlined, DesktopOutlined, GlobalOutlined, LockOutlined, MailOutlined, MessageOutlined, PhoneOutlined, QuestionOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { CaseStatusesDocument } from '@rapport/web-data-access';
import type { CaseChannel, CaseMessageChannel, CasePriority, CaseType, SlaMilestoneKind } from './case-types';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { spanParts } from './case-model';

export const CASE_TYPES: readonly CaseType[] = ['QUESTION', 'INCIDENT', 'PROBLEM', 'REQUEST'];
export const CASE_CHANNELS: readonly CaseChannel[] = ['PHONE', 'EMAIL', 'WEB', 'PORTAL', 'CHAT', 'OTHER'];

// One literal key per value (see web-core's custom-field-labels.ts): the key check finds them all.
type Label = (t: TFunction) => string;
const PRIORITY_LABELS: Record<CasePriority, Label> = {
  URGENT: (t) => t('service.priority.URGENT'),
  HIGH: (t) => t('service.priority.HIGH'),
  NORMAL: (t) => t('service.priority.NORMAL'),
  LOW: (t) => t('service.priority.LOW'),
};
const TYPE_LABELS: Record<CaseType, Label> = {
  QUESTION: (t) => t('service.type.QUESTION'),
  INCIDENT: (t) => t('service.type.INCIDENT'),
  PROBLEM: (t) => t('service.type.PROBLEM'),
  REQUEST: (t) => t('service.type.REQUEST'),
};
const CHANNEL_LABELS: Record<CaseChannel | CaseMessageChannel, Label> = {
  EMAIL: (t) => t('service.channel.EMAIL'),
  PHONE: (t) => t('service.channel.PHONE'),
  WEB: (t) => t('service.channel.WEB'),
  PORTAL: (t) => t('service.channel.PORTAL'),
  CHAT: (t) => t('service.channel.CHAT'),
  NOTE: (t) => t('service.channel.NOTE'),
  OTHER: (t) => t('service.channel.OTHER'),
};
const MILESTONE_LABELS: Record<SlaMilestoneKind, Label> = {
  FIRST_RESPONSE: (t) => t('service.milestone.FIRST_RESPONSE'),
  NEXT_RESPONSE: (t) => t('service.milestone.NEXT_RESPONSE'),
  RESOLUTION: (t) => t('service.milestone.RESOLUTION'),
};

// A value the API adds later shows as itself until it is named here.
export const priorityLabel = (t: TFunction, p: CasePriority) => PRIORITY_LABELS[p]?.(t) ?? p;
export const caseTypeLabel = (t: TFunction, type: CaseType) => TYPE_LABELS[type]?.(t) ?? type;
export const channelLabel = (t: TFunction, c: CaseChannel | CaseMessageChannel) => CHANNEL_LABELS[c]?.(t) ?? c;
/** A channel as reports carry it ("email" or EMAIL) in the reader's words; empty for none. */
export const channelTextLabel = (t: TFunction, channel: string | null | undefined): string => (channel ? channelLabel(t, channel.toUpperCase() as CaseChannel) : '');
export const milestoneLabel = (t: TFunction, k: SlaMilestoneKind) => MILESTONE_LABELS[k]?.(t) ?? k;

const PRIORITY_COLORS: Record<CasePriority, string> = { URGENT: 'red', HIGH: 'orange', NORMAL: 'blue', LOW: 'default' };

/** The priority as a tag: the word is always there, the colour only helps. */
export function PriorityTag({ priority }: { priority: CasePriority }) {
  const { t } = useTranslation();
  return (
    <Tag color={PRIORITY_COLORS[priority]} style={{ marginInlineEnd: 0 }} data-testid="case-priority" data-priority={priority}>
      {priorityLabel(t, priority)}
    </Tag>
  );
}

const CHANNEL_ICONS: Record<CaseChannel | CaseMessageChannel, ReactNode> = {
  EMAIL: <MailOutlined />,
  PHONE: <PhoneOutlined />,
  WEB: <GlobalOutlined />,
  PORTAL: <DesktopOutlined />,
  CHAT: <MessageOutlined />,
  NOTE: <LockOutlined />,
  OTHER: <QuestionOutlined />,
};

/** A channel's icon, named for screen readers (the thread has no other word for it). */
export function ChannelIcon({ channel }: { channel: CaseChannel | CaseMessageChannel }) {
  const { t } = useTranslation();
  return (
    <span role="img" aria-label={channelLabel(t, channel)} title={channelLabel(t, channel)} data-testid="channel-icon" data-channel={channel}>
      {CHANNEL_ICONS[channel] ?? <CommentOutlined />}
    </span>
  );
}

const SPAN_UNITS: Record<ReturnType<typeof spanParts>[number]['unit'], (t: TFunction, count: number) => string> = {
  d: (t, count) => t('service.span.d', { count }),
  h: (t, count) => t('service.span.h', { count }),
  m: (t, count) => t('service.span.m', { count }),
  s: (t, count) => t('service.span.s', { count }),
};

/** "2 h 5 min", "3 d 4 h", "12 min 30 s" in the reader's language. */
export function spanText(t: TFunction, ms: number): string {
  return spanParts(ms)
    .map((p) => SPAN_UNITS[p.unit](t, p.n))
    .join(' ');
}

/**
 * The configured case statuses with their names in the reader's language (the API falls back to
 * English); `nameOf` gives the key itself while they load or for a status since removed.
 */
export function useCaseStatuses() {
  const { i18n } = useTranslation();
  const { data, loading, error } = useQuery(CaseStatusesDocument, { variables: { language: i18n.language } });
  return useMemo(() => {
    const statuses = data?.caseStatuses ?? [];
    const names = new Map(statuses.map((s) => [s.key, s.name]));
    return { statuses, loading, error, nameOf: (key: string) => names.get(key) ?? key };
  }, [data, loading, error]);
}
