import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCNLocale from 'antd/es/locale/zh_CN';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../lib/query-client';

// Colours that pass WCAG AA on white (stock antd primary and error do not).
export const THEME: ThemeConfig = {
  token: { colorPrimary: '#0958d9', colorError: '#cf1322', colorLink: '#0958d9', borderRadius: 4 },
  // The breadcrumb's links and separators are grey at 45% opacity by default (3.0:1 on the page).
  components: { Breadcrumb: { linkColor: '#595959', separatorColor: '#595959', itemColor: '#595959' } },
};

/** antd would write 提交 as "提 交"; keep button names exactly as written (and as e2e finds them). */
export const BUTTON_CONFIG = { autoInsertSpace: false };

const antdLocales: Partial<Record<string, Locale>> = { 'zh-CN': zhCNLocale };

/** antd's own texts (pagination, empty…) follow the app language; English loads on demand. */
function useAntdLocale(): Locale {
  const { i18n } = useTranslation();
  const [locale, setLocale] = useState<Locale>(antdLocales[i18n.language] ?? zhCNLocale);
  useEffect(() => {
    const lng = i18n.language;
    const known = antdLocales[lng];
    if (known) return setLocale(known);
    if (lng !== 'en') return;
    let active = true;
    void import('antd/es/locale/en_US').then((mod) => {
      antdLocales.en = mod.default;
      if (active) setLocale(mod.default);
    });
    return () => {
      active = false;
    };
  }, [i18n.language]);
  return locale;
}

export function AppProviders({ children }: { children: ReactNode }) {
  const locale = useAntdLocale();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={THEME} locale={locale} button={BUTTON_CONFIG}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
