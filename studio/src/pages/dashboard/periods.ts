export type PeriodKind = 'day' | 'week' | 'month';

export interface Period {
  from: Date;
  to: Date;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function startOf(kind: PeriodKind, at: Date): Date {
  const d = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  if (kind === 'week') d.setDate(d.getDate() - ((d.getDay() + 6) % 7)); // weeks start on Monday
  if (kind === 'month') d.setDate(1);
  return d;
}

function step(kind: PeriodKind, d: Date, by: number): Date {
  const next = new Date(d);
  if (kind === 'day') next.setDate(next.getDate() + by);
  else if (kind === 'week') next.setDate(next.getDate() + 7 * by);
  else next.setMonth(next.getMonth() + by);
  return next;
}

/** The last `count` periods in local time, oldest first; the last one holds `now`. Each is [from, to). */
export function periods(kind: PeriodKind, count: number, now: Date): Period[] {
  const current = startOf(kind, now);
  const list: Period[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const from = step(kind, current, -i);
    const to = step(kind, from, 1);
    const label = kind === 'month' ? `${from.getFullYear()}-${pad(from.getMonth() + 1)}` : `${pad(from.getMonth() + 1)}-${pad(from.getDate())}`;
    list.push({ from, to, label });
  }
  return list;
}

/** A rate as a percentage with one decimal, or null when it has no denominator. */
export function percent(rate: { value: number | null } | null | undefined): number | null {
  return rate?.value == null ? null : Math.round(rate.value * 1000) / 10;
}
