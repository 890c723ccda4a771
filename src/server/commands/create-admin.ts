import { childPath } from '../../domain/org-path.ts';
import { foldVietnamese } from '../../domain/text.ts';
import { generateTemporaryPassword, hashPassword } from '../auth/passwords.ts';
import { newId } from '../db/ids.ts';
import { recordChange } from '../modules/audit/service.ts';
import { openMigrated } from './open.ts';

/**
 * `congtac create-admin LOGIN [DISPLAY NAME] [--root "Tên đơn vị gốc"]`: an admin of the
 * root unit, with a one-time password. On an empty database it also creates the root.
 */
export async function runCreateAdmin(args: string[]): Promise<number> {
  const rootFlag = args.indexOf('--root');
  const rootName = rootFlag >= 0 ? args[rootFlag + 1] : undefined;
  const positional = rootFlag >= 0 ? args.filter((_, i) => i !== rootFlag && i !== rootFlag + 1) : args;
  const [loginArg, ...nameParts] = positional;
  const login = loginArg?.trim().toLowerCase();
  if (!login || !/^[a-z0-9._-]{3,60}$/.test(login)) {
    process.stderr.write('Cách dùng: congtac create-admin LOGIN [TÊN HIỂN THỊ] [--root "Tên đơn vị gốc"]\n(LOGIN: 3–60 ký tự a-z, 0-9, . _ -)\n');
    return 2;
  }
  const handle = await openMigrated();
  try {
    const password = generateTemporaryPassword();
    const passwordHash = await hashPassword(password);
    const result = await handle.db.transaction().execute(async (tx) => {
      if (await tx.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst()) return `Tên đăng nhập "${login}" đã tồn tại.`;
      let root = await tx.selectFrom('org_units').selectAll().where('parent_id', 'is', null).orderBy('created_at').executeTakeFirst();
      if (!root) {
        const name = rootName?.trim() || 'Đảng bộ (đơn vị gốc)';
        const tenantId = newId();
        await tx.insertInto('tenants').values({ id: tenantId, name }).execute();
        const id = newId();
        root = await tx
          .insertInto('org_units')
          .values({ id, tenant_id: tenantId, parent_id: null, path: childPath(null, id), kind: 'committee', name, short_name: null, code: 'GOC', search_name: foldVietnamese(`${name} GOC`), led_by_id: null, department_function: null, association_type: null })
          .returningAll()
          .executeTakeFirstOrThrow();
      }
      const userId = newId();
      await tx
        .insertInto('users')
        .values({ id: userId, tenant_id: root.tenant_id, login, display_name: nameParts.join(' ').trim() || login, email: null, person_id: null, home_unit_id: root.id, password_hash: passwordHash, must_change_password: true })
        .execute();
      await tx.insertInto('role_grants').values({ id: newId(), tenant_id: root.tenant_id, user_id: userId, unit_id: root.id, role: 'admin' }).execute();
      await recordChange(tx, { tenantId: root.tenant_id, userId: null }, { action: 'create_admin', entityType: 'account', entityId: userId, unitPath: root.path, before: null, after: { login, role: 'admin' } });
      return { rootName: root.name };
    });
    if (typeof result === 'string') {
      process.stderr.write(`${result}\n`);
      return 1;
    }
    process.stdout.write(`Đã tạo tài khoản quản trị "${login}" tại ${result.rootName}.\nMật khẩu tạm (đổi khi đăng nhập lần đầu): ${password}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}
