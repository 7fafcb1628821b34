import { useEffect, useMemo, useState } from 'react';
import { subscribe } from '../../api/subscriptions';
import { errorText, useQuery } from '../../api/useQuery';
import { useMessages } from '../../i18n/I18nProvider';
import { navigate } from '../../shell/router';
import { useSession } from '../../shell/session';
import { tasksMessages } from './messages';
import { TaskCard, type InboxTask } from './TaskCard';
import './tasks.css';

const taskFields = 'id instanceId activityId definitionId title assigneeRole orgUnitId status claimedBy createdAt dueAt outcomes formFields';
const allQuery = `query AllTasks($where: WorkflowTaskFilterInput) { tasks(first: 50, where: $where, order: [{ createdAt: DESC }]) { totalCount nodes { ${taskFields} } } }`;
const mineQuery = `query MyTasks($where: WorkflowTaskFilterInput) { myTasks(first: 50, where: $where, order: [{ createdAt: DESC }]) { totalCount nodes { ${taskFields} } } }`;
const assignedSubscription = 'subscription Assigned($unit: String!) { taskAssigned(orgUnitId: $unit) { id } }';

/** The inbox: open tasks the user may work on (`tasks/<instanceId>` narrows it to one instance). */
export function TasksPage({ route }: { route: string[] }) {
  const t = useMessages(tasksMessages);
  const { me, hasRole } = useSession();
  const admin = hasRole('workflow-admin');
  const [scope, setScope] = useState<'mine' | 'all'>(admin ? 'all' : 'mine');
  const instanceId = route[0] ?? null;
  const where = useMemo(() => ({
    status: { in: ['OPEN', 'CLAIMED'] },
    ...(instanceId ? { instanceId: { eq: instanceId } } : {}),
  }), [instanceId]);
  const { data, error, loading, reload } = useQuery<{ tasks?: { nodes: InboxTask[] }; myTasks?: { nodes: InboxTask[] } }>(scope === 'all' ? allQuery : mineQuery, { where });
  const tasks = (scope === 'all' ? data?.tasks?.nodes : data?.myTasks?.nodes) ?? [];
  const who = me?.personId ?? me?.userName ?? '';

  // Units the user holds roles at: a task opened anywhere below them refreshes the inbox.
  const units = useMemo(() => [...new Set((me?.roles ?? []).map((r) => r.orgUnitId).filter((u) => u && u !== '*'))], [me]);
  useEffect(() => {
    const stops = units.map((unit) => subscribe(assignedSubscription, { unit }, () => void reload()));
    return () => stops.forEach((stop) => stop());
  }, [units, reload]);

  return (
    <section className="page tasks" data-testid="tasks-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        {admin && (
          <label>{t('scope')}{' '}
            <select value={scope} onChange={(e) => setScope(e.target.value as 'mine' | 'all')} data-testid="tasks-scope">
              <option value="mine">{t('mine')}</option>
              <option value="all">{t('all')}</option>
            </select>
          </label>
        )}
        <button type="button" onClick={() => void reload()} data-testid="tasks-refresh">{t('refresh')}</button>
        {instanceId && <span>{t('onlyInstance', { id: instanceId.slice(0, 8) })} <button type="button" onClick={() => navigate('tasks')}>{t('showAll')}</button></span>}
      </header>
      {error && <p role="alert" className="error">{errorText(error)}</p>}
      <div className="task-list" data-testid="task-list" aria-busy={loading}>
        {tasks.map((task) => <TaskCard key={task.id} task={task} me={who} onChanged={() => void reload()} />)}
      </div>
      {data && tasks.length === 0 && <p data-testid="tasks-empty">{t('none')}</p>}
    </section>
  );
}
