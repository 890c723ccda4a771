import { describe, expect, it } from 'vitest';
import { ApiError, formFieldErrors, messageOf, networkError, problemFrom } from './problem.ts';

const fallback = { network: 'offline', unexpected: 'oops' };

describe('problemFrom', () => {
  it('keeps the code, title, detail and field errors of a problem+json body', () => {
    const error = problemFrom(409, {
      type: 'https://congtac.vn/problems/unit_move_cycle',
      title: 'Không thể chuyển',
      status: 409,
      code: 'unit_move_cycle',
      detail: 'Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó.',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'unit_move_cycle', title: 'Không thể chuyển', fieldErrors: [] });
    expect(messageOf(error, fallback)).toBe('Không thể chuyển đơn vị vào chính nó hoặc vào một đơn vị cấp dưới của nó.');
  });

  it('survives a body that is not a problem', () => {
    const error = problemFrom(502, 'Bad gateway');
    expect(error.code).toBe('unexpected');
    expect(messageOf(error, fallback)).toBe('oops');
  });
});

describe('messageOf', () => {
  it('lists the field messages of a validation failure without the technical paths', () => {
    const error = problemFrom(400, {
      code: 'validation_failed',
      title: 'Dữ liệu gửi lên chưa hợp lệ.',
      detail: 'Dữ liệu gửi lên chưa hợp lệ. body.name: Tên đơn vị không được để trống.',
      errors: [{ path: 'body.name', message: 'Tên đơn vị không được để trống.' }],
    });
    expect(messageOf(error, fallback)).toBe('Dữ liệu gửi lên chưa hợp lệ. Tên đơn vị không được để trống.');
  });

  it('falls back for lost connections and foreign errors', () => {
    expect(messageOf(networkError(), fallback)).toBe('offline');
    expect(messageOf(new TypeError('x'), fallback)).toBe('oops');
  });
});

describe('formFieldErrors', () => {
  it('maps body paths to form field names, indexes as numbers, grouped per field', () => {
    const error = new ApiError(400, 'validation_failed', '', '', [
      { path: 'body.grants.0.unitId', message: 'UUID không hợp lệ' },
      { path: 'body.login', message: 'Quá ngắn' },
      { path: 'body.login', message: 'Sai ký tự' },
      { path: 'body', message: 'ignored' },
    ]);
    expect(formFieldErrors(error)).toEqual([
      { name: ['grants', 0, 'unitId'], errors: ['UUID không hợp lệ'] },
      { name: ['login'], errors: ['Quá ngắn', 'Sai ký tự'] },
    ]);
  });

  it('gives nothing for other errors', () => {
    expect(formFieldErrors(new Error('x'))).toEqual([]);
  });
});
