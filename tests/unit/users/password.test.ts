import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../main/engine/users/password';

describe('passwords', () => {
  it('are stored as salted scrypt hashes that only the right password matches', async () => {
    const a = await hashPassword('mật khẩu trạm 1');
    const b = await hashPassword('mật khẩu trạm 1');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('mật khẩu');
    expect(await verifyPassword('mật khẩu trạm 1', a)).toBe(true);
    // The same text in decomposed Unicode (NFD) is the same password.
    expect(await verifyPassword('mật khẩu trạm 1'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('mật khẩu trạm 2', a)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});
