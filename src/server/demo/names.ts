/** Deterministic Vietnamese names for demo and scale data (no real persons). */
export const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh', 'Lâm', 'Mai'];
export const maleMiddle = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Đức', 'Thanh', 'Công', 'Ngọc', 'Hoàng', 'Tấn'];
export const femaleMiddle = ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Bích', 'Mỹ', 'Hồng', 'Phương', 'Diệu'];
export const maleGiven = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh'];
export const femaleGiven = ['Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Thảo', 'Trang', 'Uyên', 'Yến'];

/** A small fast PRNG (mulberry32) so demo data is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function vietnameseName(random: () => number): { fullName: string; gender: 'male' | 'female' } {
  const gender = random() < 0.5 ? 'male' : 'female';
  const middle = pick(random, gender === 'male' ? maleMiddle : femaleMiddle);
  const given = pick(random, gender === 'male' ? maleGiven : femaleGiven);
  return { fullName: `${pick(random, familyNames)} ${middle} ${given}`, gender };
}
