import { useEffect, useMemo, useRef, useState } from 'react';
import { subscribe } from '../../api/subscriptions';
import { errorText, useQuery } from '../../api/useQuery';
import { Chart } from '../../components/Chart/Chart';
import { useMessages } from '../../i18n/I18nProvider';
import { countOf, dashboardQuery, dashboardVariables, grades, levels, periodMetrics, pledgeStatuses, type DashboardData } from './dashboardQuery';
import { dashboardMessages } from './messages';
import { percent, periods, type PeriodKind } from './periods';
import './dashboard.css';

const periodCount = 6;
const unitsQuery = 'query Units { orgUnits(first: 100, where: { depth: { lte: 1 } }, order: [{ path: ASC }]) { nodes { id name kind depth } } }';
const assignedSubscription = 'subscription DashboardTasks($unit: String!) { taskAssigned(orgUnitId: $unit) { id } }';
const latestRequestsQuery = 'query Latest($unit: String!) { serviceRequests(orgUnitId: $unit, first: 5, order: [{ submittedAt: DESC }]) { nodes { id } } }';
const requestSubscription = 'subscription DashboardRequest($id: UUID!) { serviceRequestUpdated(id: $id) { id status } }';

/** Metrics of an org unit per period as charts, refetched whenever the subscriptions report a change. */
export function DashboardPage() {
  const t = useMessages(dashboardMessages);
  const units = useQuery<{ orgUnits: { nodes: { id: string; name: string; kind: string; depth: number }[] } }>(unitsQuery, {});
  const [unit, setUnit] = useState('');
  const [kind, setKind] = useState<PeriodKind>('day');
  const [now, setNow] = useState(() => new Date());
  const [lastEvent, setLastEvent] = useState<Date | null>(null);
  const chosen = unit || units.data?.orgUnits.nodes[0]?.id || '';
  const list = useMemo(() => periods(kind, periodCount, now), [kind, now]);
  const query = useMemo(() => dashboardQuery(periodCount), []);
  const { data, error, reload } = useQuery<DashboardData>(query, chosen ? dashboardVariables(chosen, list) : null);
  const latest = useQuery<{ serviceRequests: { nodes: { id: string }[] } }>(latestRequestsQuery, chosen ? { unit: chosen } : null);

  // Events arrive in bursts (one step of a workflow opens a task and changes its request): refetch once per burst.
  const pending = useRef<number | null>(null);
  const refresh = useMemo(() => () => {
    setLastEvent(new Date());
    if (pending.current !== null) return;
    pending.current = window.setTimeout(() => {
      pending.current = null;
      setNow(new Date());
      void reload();
    }, 800);
  }, [reload]);
  useEffect(() => () => { if (pending.current !== null) window.clearTimeout(pending.current); }, []);

  useEffect(() => {
    if (!chosen) return;
    return subscribe(assignedSubscription, { unit: chosen }, refresh);
  }, [chosen, refresh]);
  const requestIds = (latest.data?.serviceRequests.nodes ?? []).map((r) => r.id).join(',');
  useEffect(() => {
    // The first event of each subscription is the request as it is now, not a change.
    const stops = requestIds.split(',').filter(Boolean).map((id) => {
      let first = true;
      return subscribe(requestSubscription, { id }, () => { if (first) first = false; else refresh(); });
    });
    return () => stops.forEach((stop) => stop());
  }, [requestIds, refresh]);

  const labels = list.map((p) => p.label);
  const metrics = data ? periodMetrics(data, periodCount) : [];
  const rateSeries = useMemo(() => (['respondedOnTime', 'resolved', 'satisfied', 'overdue'] as const).map((key) => ({
    name: t(key), kind: 'line' as const, values: metrics.map((m) => percent(m?.[key])),
  })), [metrics, t]);

  if (units.data && units.data.orgUnits.nodes.length === 0) return <p data-testid="dashboard-no-units">{t('noUnits')}</p>;

  return (
    <section className="page dashboard" data-testid="dashboard-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <label>{t('orgUnit')}{' '}
          <select value={chosen} onChange={(e) => setUnit(e.target.value)} data-testid="dashboard-unit">
            {(units.data?.orgUnits.nodes ?? []).map((u) => <option key={u.id} value={u.id}>{'  '.repeat(u.depth)}{u.name}</option>)}
          </select>
        </label>
        <label>{t('period')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)} data-testid="dashboard-period">
            <option value="day">{t('day')}</option><option value="week">{t('week')}</option><option value="month">{t('month')}</option>
          </select>
        </label>
        <span className="live" data-testid="dashboard-live">● {t('live')}{lastEvent ? ` · ${t('updated', { time: lastEvent.toLocaleTimeString() })}` : ''}</span>
      </header>
      {(error || units.error) && <p role="alert" className="error">{errorText(error ?? units.error)}</p>}
      {data && (
        <div className="charts">
          <Chart testId="chart-rates" title={t('rates')} categories={labels} unit="%" series={rateSeries} />
          <Chart testId="chart-requests" title={t('requests')} categories={labels} series={[
            { name: t('received'), values: metrics.map((m) => m.received) },
            { name: t('closed'), values: metrics.map((m) => m.closed.numerator) },
            { name: t('overdue'), values: metrics.map((m) => m.overdue.numerator) },
          ]} />
          <Chart testId="chart-whistles-grade" title={t('whistlesByGrade')} categories={grades.map((g) => t(g))}
            series={[{ name: t('whistles'), values: grades.map((g) => countOf(data, `grade_${g}`)) }]} />
          <Chart testId="chart-whistles-level" title={t('whistlesByLevel')} categories={levels.map((l) => t(l))}
            series={[{ name: t('whistles'), values: levels.map((l) => countOf(data, `level_${l}`)) }]} />
          <Chart testId="chart-pledges" title={t('pledges')} categories={labels} series={[
            { name: t('pledgesMade'), values: metrics.map((m) => m.pledgesMade) },
            { name: t('pledgesFulfilled'), values: metrics.map((m) => m.pledgesFulfilled.numerator) },
            { name: t('averageScore'), kind: 'line', values: metrics.map((m) => (m.pledgeAverageScore.value == null ? null : Math.round(m.pledgeAverageScore.value * 10) / 10)) },
          ]} />
          <Chart testId="chart-pledges-status" title={t('pledgesByStatus')} categories={pledgeStatuses.map((s) => t(s))}
            series={[{ name: t('pledges'), values: pledgeStatuses.map((s) => countOf(data, `pledge_${s}`)) }]} />
        </div>
      )}
    </section>
  );
}
