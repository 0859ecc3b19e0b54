// Typed calls of the dangbo API, one function per endpoint.
import { api, ApiError, download, setCsrfToken } from './client';
import type {
  AuditEntry,
  Candidate,
  CandidateInput,
  CandidateQuery,
  CandidateStepInput,
  CandidateStepResult,
  AuditQuery,
  CommitteeSeat,
  Decision,
  Download,
  ExportFormat,
  FlowPerson,
  FlowReport,
  Holiday,
  HolidayInput,
  HostUnit,
  InternalTransferInput,
  LifecycleResult,
  ImportCommit,
  ImportFilePreview,
  ImportPreview,
  ImportResult,
  Member,
  MemberEvent,
  MemberEventBody,
  MemberEventVerb,
  MemberInput,
  MemberQuery,
  MemberSummary,
  MemberUpdate,
  Meta,
  NewCommitteeSeat,
  NewHostUnit,
  NewOrg,
  NewUser,
  Org,
  OrgDetail,
  OrgEvent,
  OrgStats,
  OrgTreeQuery,
  PartyAge,
  Page,
  RecognitionInput,
  RecognitionResult,
  RemovalReason,
  Rules,
  Session,
  SplitPart,
  TemporaryTransferInput,
  Transfer,
  TransferInInput,
  TransferOutInput,
  TransferQuery,
  User,
  UserQuery,
  UserRow,
  WorkItem,
} from './types';

export async function login(username: string, password: string): Promise<Session> {
  const session = await api.post<Session>('/api/auth/login', { username, password }, { allowUnauthorized: true });
  setCsrfToken(session.csrf_token);
  return session;
}

/** The current session, or null when nobody is logged in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/auth/me', { allowUnauthorized: true });
    setCsrfToken(session.csrf_token);
    return session;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout', {}, { allowUnauthorized: true });
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(current_password: string, new_password: string): Promise<void> {
  return api.post<void>('/api/auth/password', { current_password, new_password });
}

export function listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<UserRow>> {
  return api.get<Page<UserRow>>('/api/users', { query: { ...query }, signal });
}

export function createUser(user: NewUser): Promise<User> {
  return api.post<User>('/api/users', user);
}

export function resetUserPassword(id: number, password: string): Promise<void> {
  return api.post<void>(`/api/users/${id}/password`, { password });
}

interface Items<T> {
  items: T[];
}

export function getMeta(signal?: AbortSignal): Promise<Meta> {
  return api.get<Meta>('/api/meta', { signal });
}

/** The organizations the user may see, now (or as they were on `at`). */
export function listOrgs(query: OrgTreeQuery = {}, signal?: AbortSignal): Promise<Items<Org>> {
  return api.get<Items<Org>>('/api/orgs', {
    query: { at: query.at, include_ended: query.include_ended ? 1 : undefined },
    signal,
  });
}

export function getOrg(id: number, signal?: AbortSignal): Promise<OrgDetail> {
  return api.get<OrgDetail>(`/api/orgs/${id}`, { signal });
}

/** Counts for the subtree of `id` as it was on `at` (YYYY-MM-DD). */
export function getOrgStats(id: number, at: string, signal?: AbortSignal): Promise<OrgStats> {
  return api.get<OrgStats>(`/api/orgs/${id}/stats`, { query: { at }, signal });
}

export function getOrgHistory(id: number, signal?: AbortSignal): Promise<Items<OrgEvent>> {
  return api.get<Items<OrgEvent>>(`/api/orgs/${id}/history`, { signal });
}

export function createOrg(org: NewOrg): Promise<Org> {
  return api.post<Org>('/api/orgs', org);
}

export function renameOrg(id: number, body: { name: string } & Decision): Promise<Org> {
  return api.post<Org>(`/api/orgs/${id}/rename`, body);
}

export function moveOrg(id: number, body: { parent_id: number } & Decision): Promise<Org> {
  return api.post<Org>(`/api/orgs/${id}/move`, body);
}

/** Chi bộ cơ sở → đảng bộ cơ sở; its members move into a new chi bộ trực thuộc. */
export function upgradeOrg(id: number, body: { first_branch_name: string } & Decision): Promise<unknown> {
  return api.post<unknown>(`/api/orgs/${id}/upgrade`, body);
}

export function mergeOrg(id: number, body: { target_id: number; target_branch_id?: number } & Decision): Promise<unknown> {
  return api.post<unknown>(`/api/orgs/${id}/merge`, body);
}

export function splitOrg(id: number, body: { parts: SplitPart[] } & Decision): Promise<unknown> {
  return api.post<unknown>(`/api/orgs/${id}/split`, body);
}

export function dissolveOrg(id: number, body: Decision): Promise<Org> {
  return api.post<Org>(`/api/orgs/${id}/dissolve`, body);
}

export function listHostUnits(signal?: AbortSignal): Promise<Items<HostUnit>> {
  return api.get<Items<HostUnit>>('/api/host-units', { signal });
}

export function createHostUnit(unit: NewHostUnit): Promise<HostUnit> {
  return api.post<HostUnit>('/api/host-units', unit);
}

export function listCommittee(orgId: number, signal?: AbortSignal): Promise<Items<CommitteeSeat>> {
  return api.get<Items<CommitteeSeat>>(`/api/orgs/${orgId}/committee`, { signal });
}

export function addCommitteeSeat(orgId: number, seat: NewCommitteeSeat): Promise<CommitteeSeat> {
  return api.post<CommitteeSeat>(`/api/orgs/${orgId}/committee`, seat);
}

export function removeCommitteeSeat(orgId: number, seatId: number): Promise<void> {
  return api.delete<void>(`/api/orgs/${orgId}/committee/${seatId}`);
}

export function listMembers(query: MemberQuery, signal?: AbortSignal): Promise<Page<MemberSummary>> {
  return api.get<Page<MemberSummary>>('/api/members', { query: { ...query }, signal });
}

/** The filtered list (no paging) as an Excel or CSV file. */
export function exportMembers(format: ExportFormat, query: MemberQuery): Promise<Download> {
  const { page: _page, page_size: _size, ...filters } = query;
  return download('/api/members/export', { format, ...filters }, `dang-vien.${format}`);
}

export function getMember(id: number, signal?: AbortSignal): Promise<Member> {
  return api.get<Member>(`/api/members/${id}`, { signal });
}

export function createMember(member: MemberInput): Promise<Member> {
  return api.post<Member>('/api/members', member);
}

export function updateMember(id: number, member: MemberUpdate): Promise<Member> {
  return api.put<Member>(`/api/members/${id}`, member);
}

export function getMemberTimeline(id: number, signal?: AbortSignal): Promise<Items<MemberEvent>> {
  return api.get<Items<MemberEvent>>(`/api/members/${id}/timeline`, { signal });
}

export function previewMemberImport(file: ImportFilePreview): Promise<ImportPreview> {
  return api.post<ImportPreview>('/api/members/import/preview', file);
}

export function commitMemberImport(body: ImportCommit): Promise<ImportResult> {
  return api.post<ImportResult>('/api/members/import/commit', body);
}

export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>('/api/audit', { query: { ...query }, signal });
}

// ---- Party development ----

export function listCandidates(query: CandidateQuery, signal?: AbortSignal): Promise<Page<Candidate>> {
  return api.get<Page<Candidate>>('/api/candidates', { query: { ...query }, signal });
}

export function createCandidate(candidate: CandidateInput): Promise<Candidate> {
  return api.post<Candidate>('/api/candidates', candidate);
}

export function getCandidate(id: number, signal?: AbortSignal): Promise<Candidate> {
  return api.get<Candidate>(`/api/candidates/${id}`, { signal });
}

/** Records one step (or refuses / withdraws); rule refusals come as 422 ApiError with a code. */
export function recordCandidateStep(id: number, step: CandidateStepInput): Promise<CandidateStepResult> {
  return api.post<CandidateStepResult>(`/api/candidates/${id}/steps`, step);
}

/** The branch's decision on a probationary member: official, or not recognized (removed). */
export function recognizeMember(id: number, body: RecognitionInput): Promise<RecognitionResult> {
  return api.post<RecognitionResult>(`/api/members/${id}/recognition`, body);
}

/** The yearly admission target (chỉ tiêu kết nạp) of an organization. */
export function setAdmissionTarget(orgId: number, year: number, target: number): Promise<void> {
  return api.put<void>(`/api/orgs/${orgId}/targets/${year}`, { target });
}

/** Counts of each kind of event in the subtree of `orgId` between `from` and `to` (inclusive). */
export function getFlows(orgId: number, from: string, to: string, signal?: AbortSignal): Promise<FlowReport> {
  return api.get<FlowReport>(`/api/orgs/${orgId}/flows`, { query: { from, to }, signal });
}

/** The people behind one count of the flows report. */
export function getFlowPeople(orgId: number, kind: string, from: string, to: string, signal?: AbortSignal): Promise<Items<FlowPerson>> {
  return api.get<Items<FlowPerson>>(`/api/orgs/${orgId}/flows/${encodeURIComponent(kind)}`, { query: { from, to }, signal });
}

/** What is due in the subtree of `orgId` on `at` (default today). */
export function getWorklist(orgId: number, at?: string, signal?: AbortSignal): Promise<Items<WorkItem>> {
  return api.get<Items<WorkItem>>(`/api/orgs/${orgId}/worklist`, { query: { at }, signal });
}

// ---- Working-day calendar and rules ----

export function listHolidays(year: number, signal?: AbortSignal): Promise<Items<Holiday>> {
  return api.get<Items<Holiday>>('/api/holidays', { query: { year }, signal });
}

/** Adds or changes the entry of one day (admin). */
export function saveHoliday(day: string, body: HolidayInput): Promise<Holiday> {
  return api.put<Holiday>(`/api/holidays/${day}`, body);
}

export function deleteHoliday(day: string): Promise<void> {
  return api.delete<void>(`/api/holidays/${day}`);
}

/** The rule set in force on `at` (default today). */
export function getRules(at?: string, signal?: AbortSignal): Promise<Rules> {
  return api.get<Rules>('/api/rules', { query: { at }, signal });
}

// ---- Member lifecycle: transfers ----

export function transferOut(memberId: number, body: TransferOutInput): Promise<Transfer> {
  return api.post<Transfer>(`/api/members/${memberId}/transfer-out`, body);
}

export function transferIn(body: TransferInInput): Promise<Transfer> {
  return api.post<Transfer>('/api/transfers/in', body);
}

export function transferInternal(memberId: number, body: InternalTransferInput): Promise<Transfer> {
  return api.post<Transfer>(`/api/members/${memberId}/transfer-internal`, body);
}

export function transferTemporary(memberId: number, body: TemporaryTransferInput): Promise<Transfer> {
  return api.post<Transfer>(`/api/members/${memberId}/transfer-temporary`, body);
}

export function listTransfers(query: TransferQuery, signal?: AbortSignal): Promise<Items<Transfer>> {
  return api.get<Items<Transfer>>('/api/transfers', { query: { ...query }, signal });
}

export function getTransfer(id: number, signal?: AbortSignal): Promise<Transfer> {
  return api.get<Transfer>(`/api/transfers/${id}`, { signal });
}

export function confirmTransfer(id: number, note?: string): Promise<Transfer> {
  return api.post<Transfer>(`/api/transfers/${id}/confirm`, { note });
}

export function cancelTransfer(id: number, reason: string): Promise<Transfer> {
  return api.post<Transfer>(`/api/transfers/${id}/cancel`, { reason });
}

export function returnFromTemporary(id: number, returned_on: string, note?: string): Promise<Transfer> {
  return api.post<Transfer>(`/api/transfers/${id}/return`, { returned_on, note });
}

export function getMemberTransfers(memberId: number, signal?: AbortSignal): Promise<Items<Transfer>> {
  return api.get<Items<Transfer>>(`/api/members/${memberId}/transfers`, { signal });
}

export function getTemporaryMembers(orgId: number, signal?: AbortSignal): Promise<Items<Transfer>> {
  return api.get<Items<Transfer>>(`/api/orgs/${orgId}/temporary-members`, { signal });
}

// ---- Member lifecycle: events ----

/** POST /api/members/{id}/card, /card/reissue, /exempt, /exemption-end, /remove, /expel, /leave, /death, /readmit. */
export function recordMemberEvent(memberId: number, verb: MemberEventVerb, body: MemberEventBody): Promise<LifecycleResult> {
  return api.post<LifecycleResult>(`/api/members/${memberId}/${verb}`, body);
}

export function voidMemberEvent(memberId: number, eventId: number, reason: string): Promise<LifecycleResult> {
  return api.post<LifecycleResult>(`/api/members/${memberId}/events/${eventId}/void`, { reason });
}

export function getPartyAge(memberId: number, on?: string, signal?: AbortSignal): Promise<PartyAge> {
  return api.get<PartyAge>(`/api/members/${memberId}/party-age`, { query: { on }, signal });
}

export function listRemovalReasons(signal?: AbortSignal): Promise<Items<RemovalReason>> {
  return api.get<Items<RemovalReason>>('/api/lifecycle/removal-reasons', { signal });
}
