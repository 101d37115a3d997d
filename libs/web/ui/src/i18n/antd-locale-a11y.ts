import type { ConfigProviderProps } from 'antd';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;
type PickerLang = NonNullable<AntdLocale['DatePicker']>['lang'];

/**
 * A date picker's header shows the month and year as buttons ("2026年", "5月") that open the month
 * or year view, named by antd's locale "选择年份" / "Choose a year" instead of what they show: a
 * name that does not contain the visible text (WCAG 2.5.3 Label in Name, axe
 * label-content-name-mismatch), so someone saying "click 2026年" gets nothing. Without the locale
 * name, each button is named by its text.
 */
function namedByText(lang: PickerLang): PickerLang {
  return { ...lang, yearSelect: undefined, monthSelect: undefined, decadeSelect: undefined } as unknown as PickerLang;
}

/** antd's locale for a language, with the changes the app's accessibility needs. */
export function accessibleAntdLocale(locale: AntdLocale): AntdLocale {
  return {
    ...locale,
    DatePicker: locale.DatePicker && { ...locale.DatePicker, lang: namedByText(locale.DatePicker.lang) },
    Calendar: locale.Calendar && { ...locale.Calendar, lang: namedByText(locale.Calendar.lang) },
  };
}
