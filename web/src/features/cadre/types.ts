// Cadre planning as the API serves it (/api/orgs/{id}/cadre-plans, /api/cadre-plans/{id}).

export interface RoadmapItem {
  id: number;
  kind: string;
  kind_label: string;
  due_on: string;
  note: string;
  /** done | pending | overdue */
  status: string;
  done_on: string;
  class_title: string;
}

export interface CadrePlan {
  id: number;
  org_id: number;
  org_name: string;
  term: string;
  member_id: number;
  member_name: string;
  member_unit: string;
  post: string;
  post_label: string;
  added_on: string;
  added_decision_no: string;
  target_theory: string;
  theory_by: string;
  theory_level: string;
  /** '' (no target) | done | pending | overdue */
  theory_status: string;
  removed_on: string;
  removed_decision_no: string;
  removed_reason: string;
  note: string;
  roadmap: RoadmapItem[];
  done: number;
  overdue: number;
  /** complete | on_track | overdue */
  progress: string;
  version: number;
}

export interface RoadmapInput {
  kind: string;
  due_on: string;
  note?: string;
}

export interface CadrePlanInput {
  term: string;
  member_id: number;
  post: string;
  added_on: string;
  added_decision_no: string;
  target_theory?: string;
  theory_by?: string;
  note?: string;
  roadmap?: RoadmapInput[];
}

export interface CadreQuery {
  term?: string;
  post?: string;
  /** '' in the plan today | removed | all */
  status?: string;
  page?: number;
  page_size?: number;
}
