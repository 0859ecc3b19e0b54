// The propaganda domain as the API serves it (/api/orgs/{id}/propaganda-activities,
// /api/orgs/{id}/directive05-models, /api/orgs/{id}/opinion-collaborators).

/** study_session | online_conference | contest | opinion_report */
export type ActivityKind = 'study_session' | 'online_conference' | 'contest' | 'opinion_report';

export interface Activity {
  id: number;
  org_id: number;
  org_name: string;
  kind: ActivityKind;
  kind_label: string;
  held_on: string;
  ends_on: string;
  title: string;
  document_no: string;
  document_kind: string;
  invited: number | null;
  /** Study session: members attending; online conference: participants. */
  attended: number | null;
  /** Study session: attended / invited × 100. */
  rate: number | null;
  points: number | null;
  entries: number | null;
  prizes: number | null;
  opinions: number | null;
  topics: string;
  summary: string;
  note: string;
  version: number;
}

export interface ActivityInput {
  kind: ActivityKind;
  held_on: string;
  ends_on?: string;
  title: string;
  document_no?: string;
  document_kind?: string;
  invited?: number;
  attended?: number;
  points?: number;
  entries?: number;
  prizes?: number;
  opinions?: number;
  topics?: string;
  summary?: string;
  note?: string;
  version?: number;
}

export interface ActivityQuery {
  kind?: ActivityKind;
  year?: number;
  page?: number;
  page_size?: number;
}

export interface Directive05Model {
  id: number;
  org_id: number;
  org_name: string;
  year: number;
  kind: 'collective' | 'individual';
  kind_label: string;
  member_id: number | null;
  member_name: string;
  name: string;
  registered_on: string;
  recognized_on: string;
  note: string;
  version: number;
}

export interface ModelInput {
  year: number;
  kind: string;
  member_id?: number;
  name: string;
  registered_on: string;
  recognized_on?: string;
  note?: string;
  version?: number;
}

export interface Collaborator {
  id: number;
  org_id: number;
  org_name: string;
  member_id: number;
  member_name: string;
  from_on: string;
  to_on: string;
  decision_no: string;
  note: string;
  version: number;
}

export interface CollaboratorInput {
  member_id?: number;
  from_on: string;
  to_on?: string;
  decision_no?: string;
  note?: string;
  version?: number;
}

export interface MemberOption {
  id: number;
  full_name: string;
  org_name: string;
}
