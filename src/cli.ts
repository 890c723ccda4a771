/**
 * The `congtac` command. Each subcommand loads only what it needs, so `import-plan`
 * runs without a database.
 */
const usage = `Cách dùng: congtac <lệnh> [tham số]

  start                        chạy máy chủ (PORT, DATA_DIR, DATABASE_URL)
  migrate                      cập nhật lược đồ cơ sở dữ liệu
  seed-demo                    nạp dữ liệu mẫu vào cơ sở dữ liệu trống
  create-admin LOGIN [TÊN]     tạo tài khoản quản trị ở đơn vị gốc (mật khẩu in ra một lần)
  import-plan FILE [--json]    đọc kế hoạch từ tệp .docx/.txt, in cấu trúc (không cần CSDL)
  generate-scale [--cells N]   sinh dữ liệu quy mô thành phố để đo hiệu năng
  backup FILE                  sao lưu toàn bộ dữ liệu ra tệp
  restore FILE                 khôi phục dữ liệu từ tệp sao lưu (xóa dữ liệu hiện có)
`;

const commands: Record<string, (args: string[]) => Promise<number | void>> = {
  start: async () => (await import('./server/main.ts')).startServer(),
  migrate: async () => (await import('./server/commands/migrate.ts')).runMigrate(),
  'seed-demo': async () => (await import('./server/commands/seed-demo.ts')).runSeedDemo(),
  'create-admin': async (args) => (await import('./server/commands/create-admin.ts')).runCreateAdmin(args),
  'import-plan': async (args) => (await import('./importer/import-plan-command.ts')).runImportPlanCommand(args),
  'generate-scale': async (args) => (await import('./server/commands/generate-scale.ts')).runGenerateScale(args),
  backup: async (args) => (await import('./server/commands/backup.ts')).runBackup(args),
  restore: async (args) => (await import('./server/commands/restore.ts')).runRestore(args),
};

const [commandName = '', ...args] = process.argv.slice(2);
const command = commands[commandName];
if (!command) {
  const unknown = commandName !== '' && commandName !== '--help';
  process.stderr.write(unknown ? `Lệnh không hợp lệ: ${commandName}\n\n${usage}` : usage);
  process.exit(unknown ? 2 : 0);
}
try {
  const code = await command(args);
  if (typeof code === 'number') process.exit(code);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : String(error)}\n`);
  process.exit(1);
}

export {};
