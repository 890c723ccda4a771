import { Typography } from 'antd';
import type { Account } from '../../api/types.ts';

/** Display name over login. */
export function AccountName({ account }: { account: Account }) {
  return (
    <>
      <Typography.Text strong>{account.displayName}</Typography.Text>
      <br />
      <Typography.Text type="secondary">{account.login}</Typography.Text>
    </>
  );
}
