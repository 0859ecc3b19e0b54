// Endpoints more than one feature reads: reference data and the organization tree.
import { api, ApiError } from './client';
import type { Items, Meta, Org, OrgTreeQuery } from './types';

/** Reference data: GET /api/v1/meta (with the vocabularies), or /api/meta on a server without it. */
export async function getMeta(signal?: AbortSignal): Promise<Meta> {
  try {
    return await api.get<Meta>('/api/v1/meta', { signal });
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return api.get<Meta>('/api/meta', { signal });
    throw err;
  }
}

/** The organizations the user may see, now (or as they were on `at`). */
export function listOrgs(query: OrgTreeQuery = {}, signal?: AbortSignal): Promise<Items<Org>> {
  return api.get<Items<Org>>('/api/orgs', {
    query: { at: query.at, include_ended: query.include_ended ? 1 : undefined },
    signal,
  });
}
