/** Editing an item's note and tags in place (Enter in the tags field saves; Escape cancels). */
import { useState } from 'preact/hooks';
import type { SavedItemView } from '../../messaging/collection.ts';

export interface ItemEditorProps {
  item: SavedItemView;
  onSave: (note: string, tags: string[]) => Promise<void>;
  onCancel: () => void;
}

export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

export function ItemEditor({ item, onSave, onCancel }: ItemEditorProps) {
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [busy, setBusy] = useState(false);
  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      await onSave(note, parseTags(tags));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="editor"
      aria-label="Edit note and tags"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label class="field field-wide">
        <span>Note</span>
        <textarea
          value={note}
          maxLength={20_000}
          rows={3}
          onInput={(e) => setNote(e.currentTarget.value)}
          autoFocus
        />
      </label>
      <label class="field field-wide">
        <span>Tags (comma-separated)</span>
        <input
          type="text"
          value={tags}
          maxLength={3000}
          onInput={(e) => setTags(e.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" class="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
