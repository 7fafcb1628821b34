import { useEffect, useMemo, useState } from 'react';
import { gql } from '../../api/graphql';
import { subscribe } from '../../api/subscriptions';
import { errorText, useQuery } from '../../api/useQuery';
import { FlowCanvas } from '../../components/FlowCanvas/FlowCanvas';
import { autoLayout, definitionToGraph, needsLayout, type FlowGraph, type WorkflowDefinition } from '../../graph';
import { useMessages } from '../../i18n/I18nProvider';
import { navigate } from '../../shell/router';
import { useSession } from '../../shell/session';
import { JournalTimeline } from './JournalTimeline';
import { instancesMessages } from './messages';
import { MigratePanel } from './MigratePanel';
import { pathTaken, type FlowConnection } from './pathTaken';
import { cancelMutation, instanceQuery, instanceUpdatedSubscription, retryMutation, type InstanceDetailData } from './queries';

/** One instance: its flowchart with the path taken and the current waits, journal, timers, incidents and actions. */
export function InstanceDetail({ id }: { id: string }) {
  const t = useMessages(instancesMessages);
  const { hasRole } = useSession();
  const { data, error, reload } = useQuery<InstanceDetailData>(instanceQuery, { id });
  const [actionError, setActionError] = useState<string | null>(null);
  const [graph, setGraph] = useState<FlowGraph | null>(null);
  const instance = data?.workflowInstance ?? null;
  const definition = instance?.definition?.definition as WorkflowDefinition | undefined;

  useEffect(() => subscribe(instanceUpdatedSubscription, { id }, () => void reload()), [id, reload]);

  useEffect(() => {
    if (!definition) return;
    let current = true;
    const converted = definitionToGraph(definition);
    if (needsLayout(converted)) void autoLayout(converted).then((laidOut) => { if (current) setGraph(laidOut); });
    else setGraph(converted);
    return () => { current = false; };
  }, [definition]);

  const highlight = useMemo(() => {
    if (!instance || !definition) return undefined;
    const connections = ((definition as { connections?: FlowConnection[] }).connections ?? []);
    const path = pathTaken(instance.journal, connections);
    const waiting = new Set([...path.waiting, ...instance.openTasks.map((task) => task.activityId)]);
    return {
      activities: [...path.activities],
      connections: connections.filter((c) => path.connections.has(`${c.from}:${c.outcome ?? 'Done'}->${c.to}`))
        .map((c) => ({ from: c.from, outcome: c.outcome ?? 'Done', to: c.to })),
      waiting: [...waiting],
    };
  }, [instance, definition]);

  async function act(mutation: string, variables: Record<string, unknown>) {
    setActionError(null);
    try {
      await gql(mutation, variables);
      await reload();
    } catch (e) {
      setActionError(errorText(e));
    }
  }

  function cancel() {
    const reason = window.prompt(t('cancelConfirm') + '\n' + t('cancelReason'));
    if (reason !== null) void act(cancelMutation, { id, reason: reason || null });
  }

  if (error) return <p role="alert" className="error">{errorText(error)}</p>;
  if (!instance) return <p>{data ? t('none') : '…'}</p>;
  const finished = instance.status === 'COMPLETED' || instance.status === 'CANCELLED';

  return (
    <section className="page instance-detail" data-testid="instance-detail">
      <header className="page-header">
        <button type="button" onClick={() => navigate('instances')} data-testid="instance-back">← {t('back')}</button>
        <h1>{instance.definition?.name ?? instance.definitionId} <small data-testid="instance-version">v{instance.version}</small></h1>
        <span className={`status status-${instance.status.toLowerCase()}`} data-testid="instance-status" data-status={instance.status}>{t(instance.status)}</span>
        {instance.businessStatus && <span className="business-status">{instance.businessStatus}</span>}
        <span className="spacer" />
        {!finished && <button type="button" className="danger" onClick={cancel} data-testid="instance-cancel">{t('cancel')}</button>}
      </header>
      {actionError && <p role="alert" className="error" data-testid="instance-error">{actionError}</p>}
      <div className="instance-layout">
        <div className="instance-canvas">
          {graph && <FlowCanvas graph={graph} readOnly highlight={highlight} labels={{ waiting: t('waiting') }} testId="instance-canvas" />}
        </div>
        <aside className="instance-side">
          <section data-testid="instance-tasks">
            <h2>{t('openTasks')}</h2>
            {instance.openTasks.length === 0 ? <p>{t('nothing')}</p> : (
              <ul>
                {instance.openTasks.map((task) => (
                  <li key={task.id} data-testid={`instance-task-${task.activityId}`}>
                    <strong>{task.title}</strong> <small>{task.assigneeRole}{task.orgUnitId ? `@${task.orgUnitId}` : ''}</small>
                    {task.dueAt && <small> · {t('dueAt')} {new Date(task.dueAt).toLocaleString()}</small>}
                  </li>
                ))}
              </ul>
            )}
            {instance.openTasks.length > 0 && <button type="button" onClick={() => navigate(`tasks/${instance.id}`)} data-testid="instance-open-inbox">{t('openInInbox')}</button>}
          </section>
          <section data-testid="instance-timers">
            <h2>{t('timers')}</h2>
            {instance.pendingTimers.length === 0 ? <p>{t('nothing')}</p> : (
              <table className="data compact">
                <thead><tr><th>{t('activity')}</th><th>{t('purpose')}</th><th>{t('dueAt')}</th></tr></thead>
                <tbody>
                  {instance.pendingTimers.map((timer) => (
                    <tr key={timer.id} data-testid={`timer-${timer.id}`}>
                      <td>{timer.activityId}</td><td>{timer.purpose}</td>
                      <td><time dateTime={timer.dueAt}>{new Date(timer.dueAt).toLocaleString()}</time>{timer.calendar ? ` (${timer.calendar})` : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section data-testid="instance-incidents">
            <h2>{t('incidents')}</h2>
            {instance.incidents.length === 0 ? <p>{t('nothing')}</p> : instance.incidents.map((incident) => (
              <div key={incident.id} className="incident" data-testid={`incident-${incident.id}`}>
                <strong>{incident.activityId}</strong>: {incident.errorType} — {incident.message}
                <small> ({new Date(incident.createdAt).toLocaleString()}, ×{incident.retryCount})</small>
              </div>
            ))}
            {instance.status === 'FAULTED' && <button type="button" onClick={() => void act(retryMutation, { id })} data-testid="incident-retry">{t('retry')}</button>}
          </section>
          {!finished && hasRole('workflow-admin') && <MigratePanel instanceId={instance.id} definitionId={instance.definitionId} version={instance.version} onMigrated={() => void reload()} />}
          <section>
            <h2>{t('variables')}</h2>
            <pre className="variables" data-testid="instance-variables">{JSON.stringify(instance.variables, null, 2)}</pre>
          </section>
        </aside>
      </div>
      <JournalTimeline journal={instance.journal} />
    </section>
  );
}
