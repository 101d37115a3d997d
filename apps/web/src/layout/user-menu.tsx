import { DownOutlined, LogoutOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutDocument } from '@rapport/web-data-access';
import { withTestId } from '@rapport/web-ui';
import { App, Avatar, Button, Dropdown, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { roleLabel } from '@rapport/web-core';
import { useSessionUser } from '@rapport/web-core';

function initialOf(name: string): string {
  // Array.from keeps a CJK character or an emoji whole.
  return (Array.from(name.trim())[0] ?? '?').toUpperCase();
}

export function UserMenu() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [logout, { loading }] = useMutation(LogoutDocument);

  const signOut = async () => {
    try {
      await logout();
    } catch {
      // The cookie may already be gone; leaving is still the right thing, but say so.
      void message.warning(t('userMenu.signOutFailed'));
    }
    // Leave first so no signed-in screen re-queries an empty cache, then forget everything.
    await navigate('/login', { replace: true });
    await client.clearStore();
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'profile',
            disabled: true,
            label: (
              <Flex vertical>
                <Typography.Text strong>{user.name}</Typography.Text>
                <Typography.Text type="secondary">{user.email}</Typography.Text>
                <Typography.Text type="secondary">{roleLabel(t, user.role)}</Typography.Text>
              </Flex>
            ),
          },
          { type: 'divider' },
          withTestId(
            { key: 'logout', icon: <LogoutOutlined />, label: t('userMenu.signOut'), disabled: loading },
            'logout',
          ),
        ],
        onClick: ({ key }) => {
          if (key === 'logout') void signOut();
        },
      }}
    >
      {/* The header shows only the initial: names are often mixed-script ("王敏 Wang Min") and
          would leave foreign words in a fully translated screen; the menu shows the full name. */}
      <Button
        type="text"
        data-testid="user-menu"
        aria-label={t('userMenu.labelNamed', { name: user.name })}
        title={user.name}
        style={{ paddingInline: 4 }}
      >
        <Avatar size="small" style={{ background: token.colorPrimary }}>
          {initialOf(user.name)}
        </Avatar>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
