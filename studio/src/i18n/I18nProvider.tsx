import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { messages, type Language, type MessageKey } from './messages';

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The text for a key; `{name}` placeholders are filled from `values`. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}

const storageKey = 'workflowhub.studio.language';
const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  return stored === 'en' || stored === 'zh' ? stored : 'zh';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => ({
    language,
    setLanguage,
    t: (key, values) => {
      const text: string = messages[language][key] ?? key;
      return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : text;
    },
  }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * A page's own texts, kept in its folder so pages do not share one file:
 * `const t = useMessages(designerMessages)` with `{ zh: {...}, en: {...same keys} }`.
 */
export function useMessages<K extends string>(pageMessages: { zh: Record<K, string>; en: Record<K, string> }) {
  const { language } = useI18n();
  return useCallback((key: K, values?: Record<string, string | number>) => {
    const text = pageMessages[language][key] ?? key;
    return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)) : text;
  }, [language, pageMessages]);
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
