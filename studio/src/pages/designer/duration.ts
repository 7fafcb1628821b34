/** Parts of a duration as the engine reads it: ISO-8601 (`PT2H`, `P1DT12H`, `P2W`) or short (`90s`, `30m`, `2h`, `7d`). */
export interface DurationParts {
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const iso = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const short = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/i;

export function parseDuration(text: string): DurationParts | null {
  const value = text.trim();
  const parts: DurationParts = { weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
  const m = iso.exec(value);
  if (m && value.length > 1 && !/T$/i.test(value)) {
    [parts.weeks, parts.days, parts.hours, parts.minutes, parts.seconds] = m.slice(1).map((v) => (v ? Number(v) : 0));
    return parts;
  }
  const s = short.exec(value);
  if (s) {
    const n = Number(s[1]);
    const unit = s[2].toLowerCase();
    if (unit === 's') parts.seconds = n;
    else if (unit === 'm') parts.minutes = n;
    else if (unit === 'h') parts.hours = n;
    else parts.days = n;
    return parts;
  }
  return null;
}

const units = {
  zh: { weeks: '周', days: '天', hours: '小时', minutes: '分钟', seconds: '秒', joiner: '' },
  en: { weeks: 'week', days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second', joiner: ' ' },
} as const;

/** `PT2H` → "2 hours" / "2小时"; null when the text is not a duration (an expression, or a typo). */
export function describeDuration(text: string, language: 'zh' | 'en'): string | null {
  const parts = parseDuration(text);
  if (!parts) return null;
  const names = units[language];
  const pieces = (Object.keys(parts) as (keyof DurationParts)[])
    .filter((k) => parts[k] > 0)
    .map((k) => (language === 'zh' ? `${parts[k]}${names[k]}` : `${parts[k]} ${names[k]}${parts[k] === 1 ? '' : 's'}`));
  if (pieces.length === 0) return language === 'zh' ? '0' : '0 seconds';
  return pieces.join(language === 'zh' ? '' : ' ');
}
