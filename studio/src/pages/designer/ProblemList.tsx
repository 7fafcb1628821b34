import type { LocatedProblem } from '../../graph';
import type { DesignerText } from './messages';

export type ValidationState = 'pending' | 'valid' | 'invalid' | 'error';

/** The server's problems with the definition; a problem in an activity selects it when tapped. */
export function ProblemList({ state, problems, onPick, t }: { state: ValidationState; problems: readonly LocatedProblem[]; onPick: (activityId: string) => void; t: DesignerText }) {
  return (
    <section className="problem-list" data-testid="validation-list" data-state={state} data-count={problems.length}>
      <h3>
        {t('problemList')}{' '}
        <span data-testid="validation-status" className={`badge ${state}`}>
          {state === 'pending' ? t('validating') : state === 'valid' ? t('valid') : t('problems', { count: problems.length })}
        </span>
      </h3>
      {problems.length === 0 && state === 'valid' && <p className="muted">{t('noProblems')}</p>}
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-testid="validation-item" data-activity={p.activityId ?? undefined} data-property={p.property ?? undefined} data-path={p.path}>
            {p.activityId ? (
              <button type="button" className="link" onClick={() => onPick(p.activityId!)}>{p.activityId}{p.property ? `.${p.property}` : ''}</button>
            ) : (
              <code>{p.path}</code>
            )}{' '}
            {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
