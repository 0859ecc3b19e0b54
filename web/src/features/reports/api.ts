// The report endpoints: flows and admission targets, the indicator catalogue and answers (JSON and
// Excel/Word exports), report presets and the people behind a figure.
import { api, download, saveDownload } from '../../shared/api/client';
import type { Items } from '../../shared/api/types';
import type { Page } from '../../shared/api/types';
import type {
  FlowPerson,
  FlowReport,
  Indicator,
  IndicatorAnswer,
  IndicatorPeople,
  IndicatorQuery,
  ReportPreset,
  Snapshot,
  SnapshotComparison,
} from './types';

/** The yearly admission target (chỉ tiêu kết nạp) of an organization. */
export function setAdmissionTarget(orgId: number, year: number, target: number): Promise<void> {
  return api.put<void>(`/api/orgs/${orgId}/targets/${year}`, { target });
}

/** A period as query parameters: a period code, or a from/to range. */
export interface PeriodParams {
  period?: string;
  from?: string;
  to?: string;
}

/** Counts of each kind of event in the subtree of `orgId` over a period. */
export function getFlows(orgId: number, period: PeriodParams, signal?: AbortSignal): Promise<FlowReport> {
  return api.get<FlowReport>(`/api/orgs/${orgId}/flows`, { query: { ...period }, signal });
}

/** The people behind one count of the flows report. */
export function getFlowPeople(orgId: number, kind: string, from: string, to: string, signal?: AbortSignal): Promise<Items<FlowPerson>> {
  return api.get<Items<FlowPerson>>(`/api/orgs/${orgId}/flows/${encodeURIComponent(kind)}`, { query: { from, to }, signal });
}

/** Every indicator the server counts. */
export function listIndicators(signal?: AbortSignal): Promise<Items<Indicator>> {
  return api.get<Items<Indicator>>('/api/indicators', { signal });
}

/** The ready-made reports. */
export function listReportPresets(signal?: AbortSignal): Promise<Items<ReportPreset>> {
  return api.get<Items<ReportPreset>>('/api/report-presets', { signal });
}

function indicatorParams(q: IndicatorQuery) {
  return {
    codes: q.codes.join(','),
    at: q.at,
    period: q.period,
    from: q.period ? undefined : q.from,
    to: q.period ? undefined : q.to,
    breakdown: q.breakdown || undefined,
    compare: q.compare ? 'previous_year' : undefined,
    recorded: q.recorded || undefined,
  };
}

/** The figures of the subtree of `orgId` (and of its units with a breakdown). */
export function getIndicators(orgId: number, q: IndicatorQuery, signal?: AbortSignal): Promise<IndicatorAnswer> {
  return api.get<IndicatorAnswer>(`/api/orgs/${orgId}/indicators`, { query: indicatorParams(q), signal });
}

/** The people or organizations behind one figure of the subtree of `orgId`, a page at a time. */
export function getIndicatorPeople(
  orgId: number,
  code: string,
  q: Omit<IndicatorQuery, 'codes' | 'breakdown' | 'compare'>,
  page: number,
  pageSize: number,
  search: string,
  signal?: AbortSignal,
): Promise<IndicatorPeople> {
  return api.get<IndicatorPeople>(`/api/orgs/${orgId}/indicators/people`, {
    query: { ...peopleParams(code, q, search), page, page_size: pageSize },
    signal,
  });
}

function peopleParams(code: string, q: Omit<IndicatorQuery, 'codes' | 'breakdown' | 'compare'>, search: string) {
  const { codes: _codes, ...period } = indicatorParams({ ...q, codes: [] });
  return { ...period, code, q: search.trim() || undefined };
}

export type ExportFormat = 'xlsx' | 'docx';

/** Downloads the whole list behind one figure (the search applied) as a workbook or a Word list. */
export async function exportIndicatorPeople(
  orgId: number,
  code: string,
  q: Omit<IndicatorQuery, 'codes' | 'breakdown' | 'compare'>,
  search: string,
  format: ExportFormat,
): Promise<void> {
  const file = await download(
    `/api/orgs/${orgId}/indicators/people/export`,
    { ...peopleParams(code, q, search), format },
    `danh-sach-${code}-${orgId}.${format}`,
  );
  saveDownload(file);
}

/** Downloads the same figures as an Excel workbook or a Word document and hands it to the browser. */
export async function exportIndicators(orgId: number, q: IndicatorQuery, format: ExportFormat): Promise<void> {
  const file = await download(
    `/api/orgs/${orgId}/indicators/export`,
    { ...indicatorParams(q), format },
    `bao-cao-${orgId}.${format}`,
  );
  saveDownload(file);
}

/** Keeps the figures of `q` as the report sent up, with its title, number and date. */
export function freezeReport(
  orgId: number,
  q: IndicatorQuery,
  body: { title: string; number: string; issued_on: string },
): Promise<Snapshot> {
  return api.post<Snapshot>(`/api/orgs/${orgId}/report-snapshots`, body, { query: indicatorParams({ ...q, recorded: undefined }) });
}

/** The reports kept in the subtree of `orgId`, newest first. */
export function listSnapshots(orgId: number, page: number, pageSize: number, signal?: AbortSignal): Promise<Page<Snapshot>> {
  return api.get<Page<Snapshot>>(`/api/orgs/${orgId}/report-snapshots`, { query: { page, page_size: pageSize }, signal });
}

/** A kept report beside its figures as recorded when kept and as they are now. */
export function compareSnapshot(id: number, signal?: AbortSignal): Promise<SnapshotComparison> {
  return api.get<SnapshotComparison>(`/api/report-snapshots/${id}/compare`, { signal });
}

/** Withdraws a kept report (it stays, marked withdrawn with the reason). */
export function voidSnapshot(id: number, reason: string): Promise<Snapshot> {
  return api.post<Snapshot>(`/api/report-snapshots/${id}/void`, { reason });
}
