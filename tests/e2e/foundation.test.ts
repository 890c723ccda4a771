import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, horizontalOverflow, phone, signIn, startHarness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('foundation in the browser', () => {
  it('shows the server’s Vietnamese message for a wrong password, and the English one after switching', async () => {
    const page = await harness.openBrowser();
    await page.goto(`${harness.baseUrl}/units`);
    await page.waitForURL(/\/sign-in$/);
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill('mat-khau-sai');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong login or password.').waitFor();
  });

  it('lets an administrator create a unit, add a member and import a list with a bad row', async () => {
    const page = await harness.openBrowser();
    await signIn(page, harness.baseUrl, 'quantri');
    expect(page.url()).toMatch(/\/tasks/);
    await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Cơ cấu tổ chức').click();

    // Find the base organization without typing diacritics, then add a cell under it.
    await page.getByPlaceholder('Tìm đơn vị theo tên hoặc mã').fill('so giao duc');
    await page.getByRole('button', { name: /Đảng ủy Sở Giáo dục và Đào tạo/ }).click();
    await page.getByRole('heading', { name: 'Đảng ủy Sở Giáo dục và Đào tạo' }).waitFor();
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const unitDialog = page.getByRole('dialog');
    await unitDialog.getByLabel('Chi bộ', { exact: true }).check();
    await unitDialog.getByLabel('Tên đơn vị').fill('Chi bộ Phòng Kiểm thử');
    await unitDialog.getByLabel('Mã đơn vị').fill('E2E-CB1');
    await unitDialog.getByLabel('Tên đơn vị').press('Enter');
    await page.getByText('Đã thêm đơn vị "Chi bộ Phòng Kiểm thử".').waitFor();
    await page.getByRole('heading', { name: 'Chi bộ Phòng Kiểm thử' }).waitFor();

    // Its people: add one member from the people page of the new cell.
    await page.getByRole('button', { name: 'Xem danh sách người' }).click();
    await page.getByText('Đang sinh hoạt tại Chi bộ Phòng Kiểm thử và các đơn vị trực thuộc').waitFor();
    await page.getByRole('button', { name: 'Thêm người' }).click();
    const personDialog = page.getByRole('dialog', { name: 'Thêm người vào danh sách' });
    await personDialog.getByLabel('Họ và tên').fill('Phạm Thị Kiểm Thử');
    await personDialog.getByLabel('Mã đảng viên').fill('E2E-0001');
    await personDialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã thêm Phạm Thị Kiểm Thử.').waitFor();
    const drawer = page.getByRole('dialog', { name: 'Phạm Thị Kiểm Thử' });
    await drawer.getByText('Quá trình sinh hoạt').waitFor();
    await drawer.getByText('Chi bộ Phòng Kiểm thử', { exact: true }).waitFor();
    await drawer.getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('button', { name: 'Xem chi tiết Phạm Thị Kiểm Thử' }).waitFor();

    // Import: one row with an unknown unit code is flagged, the valid rows only are written.
    await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Nhập danh sách').click();
    const csv = [
      'Họ và tên,Mã đơn vị,Chức vụ,Đảng viên,Giới tính,Năm sinh,Email,Điện thoại,Ngày vào Đảng,Mã đảng viên',
      'Ngô Văn Một,E2E-CB1,Đảng viên,Chính thức,Nam,1985,,,12/05/2015,E2E-0101',
      'Đỗ Thị Hai,KHONG-TON-TAI,Đảng viên,Chính thức,Nữ,1990,,,,E2E-0102',
      'Vũ Văn Ba,E2E-CB1,Chi ủy viên,Dự bị,Nam,1996,,,,E2E-0103',
    ].join('\r\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Chọn tệp .csv hoặc .xlsx').click();
    await (await chooser).setFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const errorRow = page.getByRole('row', { name: /Đỗ Thị Hai/ });
    await errorRow.getByText('Không có đơn vị với mã này trong phạm vi bạn quản lý').waitFor();
    expect(await errorRow.getByRole('cell').first().textContent()).toBe('3');
    await page.getByRole('group', { name: 'Dòng hợp lệ: 2' }).waitFor();
    await page.getByRole('group', { name: 'Dòng có lỗi: 1' }).waitFor();
    await page.getByLabel(/Chỉ nhập các dòng hợp lệ/).check();
    await page.getByRole('button', { name: 'Nhập danh sách' }).click();
    await page.getByText('Đã nhập 2 người').waitFor();
    await page.getByText('Bỏ qua 1 dòng có lỗi.').waitFor();
  });

  it('works on a 390 px phone: no sideways scrolling, the menu in a drawer, the people list as cards', async () => {
    const page = await harness.openBrowser(phone);
    await signIn(page, harness.baseUrl, 'bithu');
    await page.getByRole('heading', { name: 'Nhiệm vụ của đơn vị', level: 1 }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByRole('button', { name: 'Mở menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Menu chính' });
    expect(await menu.getByText('Tài khoản và phân quyền').count()).toBe(0);
    await menu.getByText('Đảng viên và hội viên').click();
    await page.getByText('Đang sinh hoạt tại Chi bộ Văn phòng Sở và các đơn vị trực thuộc').waitFor();
    const cards = page.getByRole('listitem');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(3);
    expect(await horizontalOverflow(page)).toBe(0);

    const firstName = (await page.getByRole('button', { name: /^Xem chi tiết / }).first().textContent())!.trim();
    const folded = firstName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').split(' ').slice(-1)[0]!.toLowerCase();
    await page.getByPlaceholder('Tìm theo họ tên (gõ không dấu cũng được)').fill(folded);
    await page.getByRole('button', { name: `Xem chi tiết ${firstName}` }).click();
    await page.getByRole('dialog', { name: firstName }).getByText('Quá trình sinh hoạt').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
