import { DownOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorMessageOf, MyPresenceDocument, PresenceHeartbeatDocument, SetMyPresenceDocument } from '@rapport/web-data-access';
import { useCan } from '@rapport/web-core';
import { useIsMobile, withTestId } from '@rapport/web-ui';
import { App, Badge, Button, Dropdown, Flex, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_WITHIN_MS, busiestChannel, HEARTBEAT_MS, loadText, PRESENCE_STATUS, presenceLabel, PRESENCES, type AgentPresenceState } from './presence-model';

// What counts as "in use": a touch, a click, a key or a scroll (not a mouse merely passing over).
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * While the tab is visible and the person did something within the last minute, tell the API every
 * minute: it turns agents away after inactivity and brings back one it turned away on a sign of life.
 */
function useHeartbeat(enabled: boolean, onBack: () => void) {
  const [beat] = useMutation(PresenceHeartbeatDocument);
  const lastActive = useRef(Date.now());
  const onBackRef = useRef(onBack);
  onBackRef.current = onBack;
  useEffect(() => {
    if (!enabled) return undefined;
    const touch = () => {
      lastActive.current = Date.now();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible' || Date.now() - lastActive.current > ACTIVE_WITHIN_MS) return;
      beat()
        .then((r) => {
          if (r.data?.presenceHeartbeat) onBackRef.current();
        })
        // A missed heartbeat is harmless: the next one comes in a minute.
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    return () => {
      window.clearInterval(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch);
    };
  }, [enabled, beat]);
}

/**
 * The agent's presence in the header (issue 19 item 7): available, busy, away or offline, with their
 * load on the fullest channel. Only for roles that work cases (case write, the API's routable roles);
 * before a first choice the API has no presence for them and they count as offline.
 */
export function PresenceSwitch() {
  const canWork = useCan('case', 'write');
  return canWork ? <PresenceSwitchFor /> : null;
}

function PresenceSwitchFor() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const { data, error, refetch } = useQuery(MyPresenceDocument, { fetchPolicy: 'cache-and-network' });
  const [setPresence, { loading: saving }] = useMutation(SetMyPresenceDocument);
  const mine = data?.myPresence ?? null;
  useHeartbeat(mine !== null, () => void refetch());

  // A role the API does not route (or an error) shows nothing rather than a switch that cannot work.
  if (error || !data) return null;
  const presence: AgentPresenceState = mine?.presence ?? 'OFFLINE';
  const busiest = mine ? busiestChannel(mine.channels) : null;
  const label = presenceLabel(t, presence);
  const auto = mine?.autoAway && presence === 'AWAY';

  const choose = async (next: AgentPresenceState) => {
    if (next === presence && !auto) return;
    try {
      await setPresence({ variables: { presence: next }, refetchQueries: [{ query: MyPresenceDocument }] });
    } catch (e) {
      void message.error(errorMessageOf(e) ?? t('routingPresence.failed'));
    }
  };

  const loads = (mine?.channels ?? []).filter((c) => c.capacity > 0 || c.load > 0);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [presence],
        items: [
          ...PRESENCES.map((p) => withTestId({ key: p, label: <Badge status={PRESENCE_STATUS[p]} text={presenceLabel(t, p)} />, disabled: saving }, `presence-option-${p}`)),
          ...(loads.length
            ? [
                { type: 'divider' as const },
                {
                  key: 'load',
                  disabled: true,
                  label: (
                    <Flex vertical data-testid="presence-loads">
                      {loads.map((c) => (
                        <Typography.Text key={c.channel} type="secondary">
                          {loadText(t, c)}
                        </Typography.Text>
                      ))}
                    </Flex>
                  ),
                },
              ]
            : []),
        ],
        onClick: ({ key }) => {
          if ((PRESENCES as readonly string[]).includes(key)) void choose(key as AgentPresenceState);
        },
      }}
    >
      <Button
        type="text"
        data-testid="presence-switch"
        data-presence={presence}
        // The name says what the button shows, load included, in the words shown (WCAG 2.5.3: a voice
        // user says what they see), also on a phone where only the dot shows.
        aria-label={t('routingPresence.labelNamed', { presence: [auto ? t('routingPresence.autoAway') : label, ...(busiest ? [loadText(t, busiest)] : [])].join(' ') })}
        style={{ paddingInline: 6 }}
      >
        <Flex gap={6} align="center">
          <Badge status={PRESENCE_STATUS[presence]} />
          {/* On a phone the dot says it; the menu has the words and the load. */}
          {mobile ? null : (
            <>
              <span data-testid="presence-label">{auto ? t('routingPresence.autoAway') : label}</span>{' '}
              {busiest ? (
                <Typography.Text type="secondary" data-testid="presence-load">
                  {loadText(t, busiest)}
                </Typography.Text>
              ) : null}
            </>
          )}
          <DownOutlined />
        </Flex>
      </Button>
    </Dropdown>
  );
}
