import { useMemo, useState } from 'react';
import { navigate } from '../../shell/router';
import type { DefinitionVersion } from './api';
import type { DesignerText } from './messages';

/** Every definition with its versions and draft; opening one goes to the newest draft, else the newest published. */
export function DefinitionList({ versions, t }: { versions: DefinitionVersion[]; t: DesignerText }) {
  const [newId, setNewId] = useState('');
  const groups = useMemo(() => {
    const map = new Map<string, DefinitionVersion[]>();
    for (const v of versions) map.set(v.definitionId, [...(map.get(v.definitionId) ?? []), v]);
    return [...map.entries()];
  }, [versions]);
  const statusText = (v: DefinitionVersion) => t(v.status === 'DRAFT' ? 'draft' : v.status === 'PUBLISHED' ? 'published' : 'retired');
  const validNewId = /^[a-z][a-z0-9-]*$/.test(newId) && !groups.some(([id]) => id === newId);
  return (
    <div className="definition-list" data-testid="definition-list">
      <h2>{t('definitions')}</h2>
      {groups.length === 0 && <p className="muted">{t('empty')}</p>}
      <table>
        <tbody>
          {groups.map(([id, list]) => (
            <tr key={id} data-testid={`definition-${id}`}>
              <td>
                <button type="button" className="link" data-testid={`open-${id}`} onClick={() => navigate(`designer/${id}`)}>
                  <strong>{list[list.length - 1].name}</strong>
                </button>
                <div className="muted"><code>{id}</code></div>
              </td>
              <td className="versions">
                {list.map((v) => (
                  <button
                    type="button"
                    key={v.version}
                    className={`version-chip ${v.status.toLowerCase()}`}
                    data-testid={`open-${id}-v${v.version}`}
                    onClick={() => navigate(`designer/${id}?version=${v.version}`)}
                  >
                    {t('version', { version: v.version })} · {statusText(v)}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="new-definition"
        onSubmit={(e) => {
          e.preventDefault();
          if (validNewId) navigate(`designer/${newId}?new=1`);
        }}
      >
        <label>
          {t('newDefinitionId')}
          <input data-testid="new-definition-id" value={newId} onChange={(e) => setNewId(e.target.value.trim())} />
        </label>
        <button type="submit" data-testid="new-definition-create" disabled={!validNewId}>{t('create')}</button>
      </form>
    </div>
  );
}
