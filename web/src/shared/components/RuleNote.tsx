// The rule a field is governed by, as the rule set in force states it, with the documents it
// rests on: shown under the field (Form.Item `extra`). The sentences come from the server
// (GET /api/rules/notes), written from the numbers of the rule set of the day.
import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';

interface Note {
  key: string;
  text: string;
  source: string;
}

const cache = new Map<string, Promise<Note[]>>();

function notesAt(at: string): Promise<Note[]> {
  let p = cache.get(at);
  if (!p) {
    p = api.get<{ items: Note[] }>('/api/rules/notes', { query: { at: at || undefined } }).then((r) => r.items);
    p.catch(() => cache.delete(at));
    cache.set(at, p);
  }
  return p;
}

/** `rule`: a note key ("admission_age", "probation", …); `at`: the day whose rules apply (default today). */
export function RuleNote({ rule, at = '' }: { rule: string; at?: string }) {
  const [note, setNote] = useState<Note | undefined>();
  useEffect(() => {
    let live = true;
    notesAt(at)
      .then((notes) => live && setNote(notes.find((n) => n.key === rule)))
      .catch(() => live && setNote(undefined));
    return () => {
      live = false;
    };
  }, [rule, at]);
  if (!note) return null;
  return (
    <Typography.Text type="secondary" className="rule-note">
      {note.text} <span className="rule-source">({note.source})</span>
    </Typography.Text>
  );
}
