import type { Period } from './periods';

export const grades = ['BLUE', 'YELLOW', 'RED'] as const;
export const levels = ['GRID', 'COMMUNITY', 'STREET', 'DISTRICT'] as const;
export const pledgeStatuses = ['SUBMITTED', 'RETURNED', 'PUBLISHED', 'FULFILLED', 'REVIEWED', 'LAPSED', 'FAILED'] as const;

export interface Rate { numerator: number; denominator: number; value: number | null }

export interface PeriodMetrics {
  received: number;
  respondedOnTime: Rate;
  resolved: Rate;
  satisfied: Rate;
  closed: Rate;
  overdue: Rate;
  whistlesRaised: number;
  pledgesMade: number;
  pledgesFulfilled: Rate;
  pledgeAverageScore: Rate;
}

const rate = '{ numerator denominator value }';
const metricsFields = `received respondedOnTime ${rate} resolved ${rate} satisfied ${rate} closed ${rate} overdue ${rate} whistlesRaised pledgesMade pledgesFulfilled ${rate} pledgeAverageScore ${rate}`;

/**
 * One request for the whole dashboard: the metrics of each period (aliases p0…pN), and over the whole window the
 * whistles counted by grade and by level and the pledges by status.
 */
export function dashboardQuery(periodCount: number): string {
  const vars = ['$unit: ID!', '$unitName: String!', '$from: DateTime!', '$to: DateTime!'];
  const fields: string[] = [];
  for (let i = 0; i < periodCount; i++) {
    vars.push(`$f${i}: DateTime!`, `$t${i}: DateTime!`);
    fields.push(`p${i}: metrics(orgUnitId: $unit, from: $f${i}, to: $t${i}) { ${metricsFields} }`);
  }
  const window = 'raisedAt: { gte: $from, lt: $to }';
  for (const grade of grades) fields.push(`grade_${grade}: whistles(orgUnitId: $unitName, first: 1, where: { grade: { eq: ${grade} }, ${window} }) { totalCount }`);
  for (const level of levels) fields.push(`level_${level}: whistles(orgUnitId: $unitName, first: 1, where: { level: { eq: ${level} }, ${window} }) { totalCount }`);
  for (const status of pledgeStatuses) fields.push(`pledge_${status}: pledges(branchId: $unitName, first: 1, where: { status: { eq: ${status} }, createdAt: { gte: $from, lt: $to } }) { totalCount }`);
  return `query Dashboard(${vars.join(', ')}) {\n  ${fields.join('\n  ')}\n}`;
}

export function dashboardVariables(unit: string, list: Period[]): Record<string, unknown> {
  const variables: Record<string, unknown> = { unit, unitName: unit, from: list[0].from.toISOString(), to: list[list.length - 1].to.toISOString() };
  list.forEach((p, i) => {
    variables[`f${i}`] = p.from.toISOString();
    variables[`t${i}`] = p.to.toISOString();
  });
  return variables;
}

export type DashboardData = Record<string, PeriodMetrics | { totalCount: number }>;

export const periodMetrics = (data: DashboardData, count: number): PeriodMetrics[] =>
  Array.from({ length: count }, (_, i) => data[`p${i}`] as PeriodMetrics);

export const countOf = (data: DashboardData, alias: string): number => (data[alias] as { totalCount: number } | undefined)?.totalCount ?? 0;
