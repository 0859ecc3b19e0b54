// The inspection API's types (labels of coded values come from the server's vocabulary).

export interface InspectionStep {
  id: number;
  on: string;
  note: string;
  by: string;
}

export interface InspectionCase {
  id: number;
  programme_id: number | null;
  org_id: number;
  org_name: string;
  handling_org_id: number;
  handling_org_name: string;
  kind: string;
  subject: 'member' | 'org';
  member_id: number | null;
  member_name: string;
  title: string;
  team: string;
  started_on: string;
  planned_end_on: string;
  documents: string;
  status: string;
  concluded_on: string;
  violation: boolean | null;
  conclusion: string;
  remedies: string;
  fix_due_on: string;
  closed_on: string;
  closed_on_time: boolean;
  version: number;
  steps: InspectionStep[];
}

export interface Programme {
  id: number;
  org_id: number;
  org_name: string;
  year: number;
  title: string;
  decision_no: string;
  approved_on: string;
  note: string;
  cases: number;
}

export interface InspectionQuery {
  year?: number;
  kind?: string;
  status?: string;
  page?: number;
  page_size?: number;
}

export interface InspectionInput {
  kind: string;
  subject: 'member' | 'org';
  subject_org_id?: number;
  member_id?: number;
  programme_id?: number;
  title: string;
  team?: string;
  started_on: string;
  planned_end_on?: string;
  documents?: string;
}

export interface ConclusionInput {
  concluded_on: string;
  violation: boolean;
  conclusion: string;
  remedies?: string;
  fix_due_on?: string;
  version?: number;
}
