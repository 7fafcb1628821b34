import { useMemo, type DragEvent } from 'react';
import { activityDragType } from '../../components/FlowCanvas/FlowCanvas';
import type { ActivityType } from '../../graph';
import type { DesignerText } from './messages';

/** The catalogue by category; an item is dragged onto the canvas, or tapped to add it in the middle (tablets). */
export function Palette({ types, onAdd, t }: { types: ActivityType[]; onAdd: (type: string) => void; t: DesignerText }) {
  const groups = useMemo(() => {
    const map = new Map<string, ActivityType[]>();
    for (const type of types) map.set(type.category, [...(map.get(type.category) ?? []), type]);
    return [...map.entries()];
  }, [types]);
  const onDragStart = (event: DragEvent, type: string) => {
    event.dataTransfer.setData(activityDragType, type);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav className="palette" data-testid="palette" aria-label={t('palette')}>
      <h3>{t('palette')}</h3>
      <p className="hint">{t('paletteHint')}</p>
      {groups.map(([category, items]) => (
        <section key={category}>
          <h4>{category}</h4>
          {items.map((type) => (
            <button
              type="button"
              key={type.type}
              className="palette-item"
              draggable
              data-testid={`palette-${type.type}`}
              title={type.description}
              onDragStart={(e) => onDragStart(e, type.type)}
              onClick={() => onAdd(type.type)}
            >
              <strong>{type.displayName}</strong>
              <span className="palette-description">{type.description}</span>
            </button>
          ))}
        </section>
      ))}
    </nav>
  );
}
