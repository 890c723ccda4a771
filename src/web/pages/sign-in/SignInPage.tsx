import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useMe, useSignIn } from '../../api/auth.ts';
import { homePath } from '../../app/navigation.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface Credentials {
  login: string;
  password: string;
}

/** Sign-in with login and password; the server's message (wrong password, locked, too fast) shown as is. */
export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const signIn = useSignIn();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  if (me.data) return <Navigate to={from ?? homePath(me.data.grants)} replace />;

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '16px 12px' }}>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 420 }}>
        <LanguageSwitch />
      </Flex>
      <main style={{ width: '100%', maxWidth: 420, marginTop: '8vh' }}>
        <Typography.Title level={1} style={{ color: '#b3261e', textAlign: 'center', marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('auth.subtitle')}
        </Typography.Paragraph>
        <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('auth.title')}</h2>}>
          <ErrorAlert error={signIn.error} />
          <Form<Credentials> layout="vertical" size="large" onFinish={(values) => signIn.mutate(values)} requiredMark={false}>
            <Form.Item name="login" label={t('auth.login')} rules={[{ required: true, whitespace: true, message: t('auth.loginRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              {t('auth.submit')}
            </Button>
          </Form>
        </Card>
      </main>
    </Flex>
  );
}
