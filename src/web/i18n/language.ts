/** The interface language: Vietnamese unless the user chose English on this device. */
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'congtac.language';

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Language {
  const value = storage?.getItem(storageKey);
  return isLanguage(value) ? value : 'vi';
}

export function storeLanguage(language: Language, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  storage?.setItem(storageKey, language);
}
