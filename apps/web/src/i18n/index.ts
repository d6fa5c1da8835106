import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';

// zh-CN is the default and ships with the first page; English loads on demand. The choice is
// remembered in localStorage and mirrored to <html lang>, dayjs and antd (see app/providers).
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'sp.language';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}

function applyLanguage(lng: Language) {
  document.documentElement.lang = lng;
  dayjs.locale(lng === 'en' ? 'en' : 'zh-cn');
}

export async function changeLanguage(lng: Language): Promise<void> {
  if (lng === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18next.addResourceBundle('en', 'translation', en);
  }
  await i18next.changeLanguage(lng);
  applyLanguage(lng);
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

let featureSectionsReady: Promise<void> | null = null;

/**
 * Adds the zh-CN feature sections (administration, office, registry…) to the loaded text. The
 * app layout, the public layout and the pages outside them await it before they render; the
 * login page does not need it. English carries its sections in en.ts.
 */
export function ensureFeatureSections(): Promise<void> {
  featureSectionsReady ??= import('./sections/zh-CN-sections').then(({ featureSectionsZhCN }) => {
    i18next.addResourceBundle('zh-CN', 'translation', featureSectionsZhCN, true, false);
  });
  return featureSectionsReady;
}

/** Starts i18next with zh-CN, then switches to the remembered language if it is another one. */
export async function setupI18n(initial: Language = storedLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN } },
      lng: 'zh-CN',
      fallbackLng: 'zh-CN',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    applyLanguage('zh-CN');
  }
  if (initial !== currentLanguage()) await changeLanguage(initial);
  return i18next;
}

/** Picks the part of a bilingual domain message (`中文 / English`) for the current language. */
export function localizeBilingual(text: string, lng: Language = currentLanguage()): string {
  const parts = text.split(' / ');
  if (parts.length !== 2) return text;
  return (lng === 'en' ? parts[1] : parts[0])?.trim() || text;
}
