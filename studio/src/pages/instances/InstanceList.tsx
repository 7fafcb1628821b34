import { useMemo, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/I18nProvider';
import { errorText, useQuery } from '../../api/useQuery';
import { navigate } from '../../shell/router';
import { instancesMessages } from './messages';
import { definitionsQuery, instancesQuery, statuses, type DefinitionVersion, type InstanceRow } from './queries';
import { StartInstance } from './StartInstance';

const pageSize = 20;

interface Filters {
  definitionId: string;
  status: string;
  businessKey: string;
  from: string;
  to: string;
}

/** The `where:` of the instances query for the filters given (dates are local days, `to` inclusive). */
export function instanceWhere(f: Filters): Record<string, unknown> | null {
  const and: Record<string, unknown>[] = [];
  if (f.definitionId) and.push({ definitionId: { eq: f.definitionId } });
  if (f.status) and.push({ status: { eq: f.status } });
  if (f.businessKey.trim()) and.push({ businessKey: { contains: f.businessKey.trim() } });
  if (f.from) and.push({ createdAt: { gte: new Date(`${f.from}T00:00:00`).toISOString() } });
  if (f.to) {
    const end = new Date(`${f.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    and.push({ createdAt: { lt: end.toISOString() } });
  }
  return and.length ? { and } : null;
}

export function InstanceList() {
  const t = useMessages(instancesMessages);
  const [draft, setDraft] = useState<Filters>({ definitionId: '', status: '', businessKey: '', from: '', to: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [starting, setStarting] = useState(false);
  const definitions = useQuery<{ workflowDefinitions: DefinitionVersion[] }>(definitionsQuery, {});
  const variables = useMemo(() => ({ first: pageSize, after: cursors[cursors.length - 1], where: instanceWhere(filters) }), [filters, cursors]);
  const page = useQuery<{ workflowInstances: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: InstanceRow[] } }>(instancesQuery, variables);
  const ids = [...new Set((definitions.data?.workflowDefinitions ?? []).map((d) => d.definitionId))];
  const names = new Map((definitions.data?.workflowDefinitions ?? []).map((d) => [d.definitionId, d.name]));

  function search(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
    setCursors([null]);
  }

  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const connection = page.data?.workflowInstances;

  return (
    <section className="page instances" data-testid="instances-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <button type="button" className="primary" data-testid="instances-start" onClick={() => setStarting(!starting)}>{t('start')}</button>
      </header>
      {starting && <StartInstance definitions={definitions.data?.workflowDefinitions ?? []} onStarted={(id) => navigate(`instances/${id}`)} />}
      <form className="filters" onSubmit={search} data-testid="instances-search">
        <label>{t('definition')}
          <select value={draft.definitionId} onChange={set('definitionId')} data-testid="instances-filter-definition">
            <option value="">{t('anyDefinition')}</option>
            {ids.map((id) => <option key={id} value={id}>{names.get(id)} ({id})</option>)}
          </select>
        </label>
        <label>{t('status')}
          <select value={draft.status} onChange={set('status')} data-testid="instances-filter-status">
            <option value="">{t('anyStatus')}</option>
            {statuses.map((s) => <option key={s} value={s}>{t(s)}</option>)}
          </select>
        </label>
        <label>{t('businessKey')}<input value={draft.businessKey} onChange={set('businessKey')} data-testid="instances-filter-key" /></label>
        <label>{t('from')}<input type="date" value={draft.from} onChange={set('from')} data-testid="instances-filter-from" /></label>
        <label>{t('to')}<input type="date" value={draft.to} onChange={set('to')} data-testid="instances-filter-to" /></label>
        <button type="submit" className="primary" data-testid="instances-search-submit">{t('search')}</button>
      </form>
      {page.error && <p role="alert" className="error">{errorText(page.error)}</p>}
      <div className="table-scroll">
        <table className="data" data-testid="instances-table" aria-busy={page.loading}>
          <thead>
            <tr><th>{t('definition')}</th><th>{t('version')}</th><th>{t('status')}</th><th>{t('businessStatus')}</th><th>{t('businessKey')}</th><th>{t('created')}</th><th>{t('updated')}</th><th /></tr>
          </thead>
          <tbody>
            {connection?.nodes.map((row) => (
              <tr key={row.id} data-testid={`instance-row-${row.id}`} onClick={() => navigate(`instances/${row.id}`)}>
                <td>{names.get(row.definitionId) ?? row.definitionId}</td>
                <td>v{row.version}</td>
                <td><span className={`status status-${row.status.toLowerCase()}`}>{t(row.status)}</span></td>
                <td>{row.businessStatus ?? ''}</td>
                <td>{row.businessKey ?? ''}</td>
                <td>{new Date(row.createdAt).toLocaleString()}</td>
                <td>{new Date(row.updatedAt).toLocaleString()}</td>
                <td><a href={`instances/${row.id}`} onClick={(e) => { e.preventDefault(); navigate(`instances/${row.id}`); }}>{t('open')}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {connection && connection.nodes.length === 0 && <p>{t('none')}</p>}
      <footer className="pager">
        <span data-testid="instances-total">{connection ? t('total', { count: connection.totalCount }) : ''}</span>
        <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))} data-testid="instances-prev">{t('previous')}</button>
        <button type="button" disabled={!connection?.pageInfo.hasNextPage}
          onClick={() => connection?.pageInfo.endCursor && setCursors([...cursors, connection.pageInfo.endCursor])} data-testid="instances-next">{t('next')}</button>
      </footer>
    </section>
  );
}
