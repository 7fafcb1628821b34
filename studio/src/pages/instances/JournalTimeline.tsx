import { useMessages } from '../../i18n/I18nProvider';
import { instancesMessages } from './messages';
import type { JournalItem } from './queries';

/** The instance's history, newest first, as a vertical timeline. */
export function JournalTimeline({ journal }: { journal: JournalItem[] }) {
  const t = useMessages(instancesMessages);
  const entries = [...journal].sort((a, b) => b.sequence - a.sequence);
  return (
    <section className="journal" data-testid="instance-journal">
      <h2>{t('journal')}</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.sequence} className={`event-${entry.event}`} data-testid={`journal-entry-${entry.sequence}`} data-event={entry.event}>
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
            <span className="event">{entry.event}</span>
            {entry.activityId && <span className="activity">{entry.activityId}{entry.activityType ? ` · ${entry.activityType}` : ''}</span>}
            {entry.outcome && <span className="outcome">→ {entry.outcome}</span>}
            {entry.actor && <span className="actor">{t('actor')}: {entry.actor}</span>}
            {entry.data && <details><summary>data</summary><pre>{entry.data}</pre></details>}
          </li>
        ))}
      </ol>
    </section>
  );
}
