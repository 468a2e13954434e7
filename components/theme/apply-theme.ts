import { THEME_COOKIE, themeAttribute, type Theme } from '@/lib/theme';

/** Switches the page at once and remembers the choice for the server's next render (no flash on load). */
export function applyTheme(theme: Theme) {
  const root = document.documentElement;
  const attribute = themeAttribute(theme);
  if (attribute) root.dataset.theme = attribute;
  else delete root.dataset.theme;
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=31536000; samesite=lax`;
}
