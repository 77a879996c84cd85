import { useMessages } from '../../i18n/i18n.ts';
import { useTheme, type ThemeChoice } from '../../theme/theme.ts';

export function ThemeSwitch() {
  const t = useMessages();
  const { theme, setTheme } = useTheme();
  return (
    <span className="theme-switch">
      <label htmlFor="theme-switch">{t.theme}</label>
      <select id="theme-switch" value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
        <option value="system">{t.themeSystem}</option>
        <option value="light">{t.themeLight}</option>
        <option value="dark">{t.themeDark}</option>
      </select>
    </span>
  );
}
