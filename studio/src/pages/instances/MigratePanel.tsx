import { useState } from 'react';
import { gql } from '../../api/graphql';
import { errorText, useQuery } from '../../api/useQuery';
import { useMessages } from '../../i18n/I18nProvider';
import { instancesMessages } from './messages';
import { definitionsQuery, migrateMutation, type DefinitionVersion, type MigrationReport } from './queries';

/** Migrate to a newer version: a dry run first, its report shown, and only then the move. */
export function MigratePanel({ instanceId, definitionId, version, onMigrated }: { instanceId: string; definitionId: string; version: number; onMigrated: () => void }) {
  const t = useMessages(instancesMessages);
  const definitions = useQuery<{ workflowDefinitions: DefinitionVersion[] }>(definitionsQuery, {});
  const newer = (definitions.data?.workflowDefinitions ?? []).filter((d) => d.definitionId === definitionId && d.version > version && d.status !== 'DRAFT');
  const [chosen, setChosen] = useState<number | null>(null);
  const [report, setReport] = useState<MigrationReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const target = chosen ?? newer[newer.length - 1]?.version ?? null;

  async function run(dryRun: boolean) {
    if (target === null) return;
    setError(null);
    try {
      const result = await gql<{ migrateWorkflowInstance: MigrationReport }>(migrateMutation, { id: instanceId, to: target, dry: dryRun });
      setReport(result.migrateWorkflowInstance);
      if (!dryRun) {
        setDone(target);
        setReport(null);
        onMigrated();
      }
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <section className="migrate" data-testid="instance-migrate">
      <h2>{t('migrate')}</h2>
      {done !== null && <p className="ok" data-testid="migrate-done">{t('migrated', { version: done })}</p>}
      {newer.length === 0 ? <p>{t('noNewerVersion')}</p> : (
        <div className="row">
          <label>{t('migrateTo')}
            <select value={target ?? ''} onChange={(e) => { setChosen(Number(e.target.value)); setReport(null); }} data-testid="migrate-version">
              {newer.map((d) => <option key={d.version} value={d.version}>v{d.version}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => void run(true)} data-testid="migrate-dry-run">{t('dryRun')}</button>
        </div>
      )}
      {report && (
        <div className="migration-report" data-testid="migrate-report" data-can-migrate={report.canMigrate}>
          <p className={report.canMigrate ? 'ok' : 'error'}>{report.canMigrate ? t('canMigrate') : t('cannotMigrate')} (v{report.fromVersion} → v{report.toVersion})</p>
          <h3>{t('waits')}</h3>
          <ul>
            {report.waits.map((w, i) => (
              <li key={i} className={w.maps ? 'ok' : 'error'} data-testid={`migrate-wait-${w.activityId}`}>
                {w.kind} · {w.activityId} ({w.activityType}) — {w.detail}: {w.maps ? t('maps') : t('noMap')}{w.problem ? ` — ${w.problem}` : ''}
              </li>
            ))}
          </ul>
          {report.addedVariables.length > 0 && <><h3>{t('addedVariables')}</h3>
            <ul>{report.addedVariables.map((v) => <li key={v.name}>{v.name} = {JSON.stringify(v.default)}</li>)}</ul></>}
          {report.problems.length > 0 && <><h3>{t('problems')}</h3>
            <ul>{report.problems.map((p, i) => <li key={i} className="error">{p.path}: {p.message}</li>)}</ul></>}
          {report.canMigrate && <button type="button" className="primary" onClick={() => void run(false)} data-testid="migrate-confirm">{t('migrateConfirm')}</button>}
        </div>
      )}
      {error && <p role="alert" className="error" data-testid="migrate-error">{error}</p>}
    </section>
  );
}
