// The training domain as the API serves it (/api/orgs/{id}/training-classes, /api/training-classes/{id}).

export interface TrainingLearner {
  id: number;
  class_id: number;
  member_id: number | null;
  candidate_id: number | null;
  full_name: string;
  org_id: number;
  org_name: string;
  /** '' (none yet) | completed | not_completed */
  result: string;
  grade: string;
  certificate_no: string;
  certificate_on: string;
  /** What the certificate changed in the member or candidate file. */
  effects: { candidate_class?: unknown; theory_level?: { prev: string; level: string }; record?: unknown };
}

export interface TrainingClass {
  id: number;
  org_id: number;
  org_name: string;
  kind: string;
  kind_label: string;
  title: string;
  starts_on: string;
  ends_on: string;
  place: string;
  note: string;
  learners: number;
  completed: number;
  certified: number;
  learner_list: TrainingLearner[];
  version: number;
}

export interface TrainingClassInput {
  kind: string;
  title: string;
  starts_on: string;
  ends_on: string;
  place?: string;
  note?: string;
  version?: number;
}

export interface TrainingQuery {
  year?: number;
  kind?: string;
  page?: number;
  page_size?: number;
}

export interface ResultInput {
  result: 'completed' | 'not_completed';
  grade?: string;
  certificate_no?: string;
  certificate_on?: string;
}

/** A person to add: a member or a candidate found by name. */
export interface PersonOption {
  id: number;
  full_name: string;
  org_name: string;
}
