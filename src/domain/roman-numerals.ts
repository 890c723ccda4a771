/** Roman numerals, as Vietnamese documents number their parts (I, II, … XIV). */
const ROMAN_VALUES: Array<[string, number]> = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];

/** 14 → "XIV"; "" for numbers below 1. */
export function toRoman(value: number): string {
  let rest = value;
  let text = '';
  for (const [symbol, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}

/** "XIV" → 14; null for anything that is not a numeral written the standard way. */
export function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  let value = 0;
  let rest = text;
  for (const [symbol, amount] of ROMAN_VALUES) {
    while (rest.startsWith(symbol)) {
      value += amount;
      rest = rest.slice(symbol.length);
    }
  }
  return value > 0 && toRoman(value) === text ? value : null;
}
