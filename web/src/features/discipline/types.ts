// The discipline API's types (labels of coded values come from the server's vocabulary).

export interface DisciplineCase {
  id: number;
  subject: 'member' | 'org';
  member_id: number | null;
  member_name: string;
  org_id: number;
  org_name: string;
  handling_org_id: number;
  handling_org_name: string;
  inspection_case_id: number | null;
  form: string;
  effective_form: string;
  member_status: string;
  post: string;
  violation_on: string;
  violation: string;
  decision_no: string;
  decided_on: string;
  received_on: string;
  status: string;
  lapses_on: string;
  appeal_until: string;
  appeal_on: string;
  appeal_outcome: string;
  appeal_decided_on: string;
  appeal_decision_no: string;
  effect_event_id: number | null;
  note: string;
  recorded_by: string;
  version: number;
}

export interface DisciplineQuery {
  year?: number;
  form?: string;
  subject?: string;
  page?: number;
  page_size?: number;
}

export interface DisciplineInput {
  subject: 'member' | 'org';
  member_id?: number;
  subject_org_id?: number;
  form: string;
  post?: string;
  violation_on: string;
  violation: string;
  decision_no: string;
  decided_on: string;
  received_on?: string;
  note?: string;
}

export interface AppealDecisionInput {
  outcome: string;
  decided_on: string;
  decision_no?: string;
  new_form?: string;
  version?: number;
}
