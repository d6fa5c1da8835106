import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';

/** One button that switches between 中文 and English; the choice is remembered. */
export function LanguageSwitch({ variant = 'button' }: { variant?: 'button' | 'link' }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className={variant === 'link' ? 'sp-lang sp-lang--link' : 'sp-lang'}
      lang={next}
      aria-label={t('lang.label')}
      data-testid="language-switch"
      onClick={() => void changeLanguage(next)}
    >
      {t('lang.switchTo')}
    </button>
  );
}
