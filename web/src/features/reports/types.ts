export interface Flow {
  kind: string;
  label: string;
  count: number;
}

export interface FlowReport {
  org_id: number;
  org_name: string;
  from: string;
  to: string;
  flows: Flow[];
  /** Sum of the yearly admission targets of the years in the period; 0 when none set. */
  admission_target: number;
  /** Admitted as a percentage of the target; null without a target. */
  admission_percent: number | null;
}

export interface FlowPerson {
  member_id: number;
  event_id: number;
  full_name: string;
  occurred_on: string;
  org_name: string;
  decision_no: string;
}
