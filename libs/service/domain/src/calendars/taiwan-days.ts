/**
 * Taiwan's government office calendar, per year: days off and make-up working days (補行上班).
 * Data only; read through `taiwan.ts`. A TypeScript module rather than a `.json` file because the
 * server build (`tools/lib/build-server.mjs`) compiles `.ts` files only and copies nothing else.
 * Names: `zh` is the DGPA's own description (Traditional Chinese), `en` an English rendering.
 */
export const TAIWAN_DAYS = {
  source:
    '中華民國政府行政機關辦公日曆表 (DGPA, 行政院人事行政總處), https://data.gov.tw/dataset/14718. ' +
    'Licence: 政府資料開放授權條款第1版 (Open Government Data License, version 1.0); source: 政府資料開放平臺. ' +
    '2025 is the calendar as amended after the 2025 amendment of 紀念日及節日實施條例 (9/29, 10/24 補假; 12/25 行憲紀念日). ' +
    'Transcribed from imsyuan/taiwan-holidays data/{2025,2026}/holidays.json and data/2025/makeup-workdays.json ' +
    '(commit 64303fc0f8ba4a4e6037e6f66a761882d8634bc1); 2026 checked against ruyut/TaiwanCalendar data/2026.json (commit 5a94f7e).',
  years: {
    '2025': {
      holidays: [
        { date: '2025-01-01', name: { en: 'Founding Day', zh: '開國紀念日' } },
        { date: '2025-01-27', name: { en: 'Day before Lunar New Year’s Eve', zh: '小年夜' } },
        { date: '2025-01-28', name: { en: 'Lunar New Year’s Eve', zh: '農曆除夕' } },
        { date: '2025-01-29', name: { en: 'Lunar New Year', zh: '春節' } },
        { date: '2025-01-30', name: { en: 'Lunar New Year', zh: '春節' } },
        { date: '2025-01-31', name: { en: 'Lunar New Year', zh: '春節' } },
        { date: '2025-02-28', name: { en: 'Peace Memorial Day', zh: '和平紀念日' } },
        { date: '2025-04-03', name: { en: 'Children’s Day (observed)', zh: '補假' } },
        { date: '2025-04-04', name: { en: 'Children’s Day and Tomb-Sweeping Day', zh: '兒童節及民族掃墓節' } },
        { date: '2025-05-30', name: { en: 'Dragon Boat Festival (observed)', zh: '補假' } },
        { date: '2025-05-31', name: { en: 'Dragon Boat Festival', zh: '端午節' } },
        { date: '2025-09-28', name: { en: 'Teachers’ Day', zh: '孔子誕辰紀念日' } },
        { date: '2025-09-29', name: { en: 'Teachers’ Day (observed)', zh: '補假' } },
        { date: '2025-10-06', name: { en: 'Mid-Autumn Festival', zh: '中秋節' } },
        { date: '2025-10-10', name: { en: 'National Day', zh: '國慶日' } },
        { date: '2025-10-24', name: { en: 'Retrocession Day (observed)', zh: '補假' } },
        { date: '2025-10-25', name: { en: 'Retrocession Day', zh: '臺灣光復暨金門古寧頭大捷紀念日' } },
        { date: '2025-12-25', name: { en: 'Constitution Day', zh: '行憲紀念日' } },
      ],
      workdays: [{ date: '2025-02-08', name: { en: 'Make-up working day (for 27 January)', zh: '補行上班' } }],
    },
    '2026': {
      holidays: [
        { date: '2026-01-01', name: { en: 'Founding Day', zh: '開國紀念日' } },
        { date: '2026-02-15', name: { en: 'Day before Lunar New Year’s Eve', zh: '小年夜' } },
        { date: '2026-02-16', name: { en: 'Lunar New Year’s Eve', zh: '農曆除夕' } },
        { date: '2026-02-17', name: { en: 'Lunar New Year', zh: '春節' } },
        { date: '2026-02-18', name: { en: 'Lunar New Year', zh: '春節' } },
        { date: '2026-02-19', name: { en: 'Lunar New Year', zh: '春節' } },
        { date: '2026-02-20', name: { en: 'Lunar New Year (observed)', zh: '補假' } },
        { date: '2026-02-27', name: { en: 'Peace Memorial Day (observed)', zh: '補假' } },
        { date: '2026-02-28', name: { en: 'Peace Memorial Day', zh: '和平紀念日' } },
        { date: '2026-04-03', name: { en: 'Children’s Day (observed)', zh: '補假' } },
        { date: '2026-04-04', name: { en: 'Children’s Day', zh: '兒童節' } },
        { date: '2026-04-05', name: { en: 'Tomb-Sweeping Day', zh: '清明節' } },
        { date: '2026-04-06', name: { en: 'Tomb-Sweeping Day (observed)', zh: '補假' } },
        { date: '2026-05-01', name: { en: 'Labour Day', zh: '勞動節' } },
        { date: '2026-06-19', name: { en: 'Dragon Boat Festival', zh: '端午節' } },
        { date: '2026-09-25', name: { en: 'Mid-Autumn Festival', zh: '中秋節' } },
        { date: '2026-09-28', name: { en: 'Teachers’ Day', zh: '孔子誕辰紀念日/教師節' } },
        { date: '2026-10-09', name: { en: 'National Day (observed)', zh: '補假' } },
        { date: '2026-10-10', name: { en: 'National Day', zh: '國慶日' } },
        { date: '2026-10-25', name: { en: 'Retrocession Day', zh: '臺灣光復暨金門古寧頭大捷紀念日' } },
        { date: '2026-10-26', name: { en: 'Retrocession Day (observed)', zh: '補假' } },
        { date: '2026-12-25', name: { en: 'Constitution Day', zh: '行憲紀念日' } },
      ],
      workdays: [],
    },
  },
} satisfies {
  source: string;
  years: Record<string, { holidays: { date: string; name: { en: string; zh: string } }[]; workdays: { date: string; name: { en: string; zh: string } }[] }>;
};
