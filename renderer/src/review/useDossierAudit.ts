import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../preload/contract';
import { api } from '../api';

/** The dossier's audit entries, newest first; fetched again whenever `version` changes (after a decision). */
export function useDossierAudit(id: string | null, version: number): { rows: AuditEntry[]; total: number } {
  const [state, setState] = useState<{ rows: AuditEntry[]; total: number }>({ rows: [], total: 0 });
  useEffect(() => {
    if (!id) return undefined;
    let live = true;
    api.audit
      .list({ dossier: id, limit: 50 })
      .then((answer) => {
        if (live) setState(answer);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id, version]);
  return state;
}
