// Types of the report endpoints: the flows report, the indicator catalogue and answers, report
// presets and the people or organizations behind a figure.

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

/** A count at a date (stock) or of events in a period (flow). */
export type IndicatorShape = 'stock' | 'flow';

/** How an answer is split: per TCCSĐ of the subtree, per direct unit, or not at all (''). */
export type Breakdown = 'grassroots' | 'unit' | '';

/** One indicator of the catalogue (GET /api/indicators). */
export interface Indicator {
  code: string;
  label: string;
  shape: IndicatorShape;
  /** "đảng viên", "tổ chức", "lượt", "%". */
  unit: string;
  breakdowns: Breakdown[];
}

/** One figure of an answer. */
export interface IndicatorValue {
  code: string;
  label: string;
  shape: IndicatorShape;
  unit: string;
  /** null: a percentage without a base. */
  value: number | null;
  /** With compare=previous_year: the same period a year earlier (a stock: a year before `at`). */
  previous?: number | null;
  /** value − previous; null for a percentage. */
  change?: number | null;
}

export interface IndicatorOrg {
  id: number;
  name: string;
  kind: string;
  kind_label?: string;
}

export interface ReportPeriod {
  code: string;
  from: string;
  to: string;
  label: string;
}

/** GET /api/orgs/{id}/indicators. */
export interface IndicatorAnswer {
  org: IndicatorOrg;
  at: string;
  period: ReportPeriod;
  indicators: IndicatorValue[];
  units?: { org: IndicatorOrg; indicators: IndicatorValue[] }[];
  /** With compare=previous_year: the day of last year's stocks and last year's period. */
  previous_at?: string;
  previous_period?: ReportPeriod;
  /** With recorded=: the moment whose records the figures are as of. */
  recorded?: string;
}

/** What to count: the indicators, the date of stocks, the period of flows, the split. */
export interface IndicatorQuery {
  codes: string[];
  /** YYYY-MM-DD; the server's today when absent. */
  at?: string;
  /** A period code (2024, 2024-Q3, 2024-08, 2024-M9, 2020-2025, 2020-2025-H1)… */
  period?: string;
  /** …or a range (YYYY-MM-DD). */
  from?: string;
  to?: string;
  breakdown?: Breakdown;
  compare?: boolean;
  /** The data as recorded by the end of this day (YYYY-MM-DD) or at this moment; now when absent. */
  recorded?: string;
}

/** A ready-made report (GET /api/report-presets). */
export interface ReportPreset {
  code: string;
  label: string;
  description: string;
  indicators: string[];
  breakdown: Breakdown;
}

/** One person or organization behind a figure. */
export interface IndicatorPerson {
  /** 'candidate': a learner of a "nhận thức về Đảng" class (training indicators). */
  kind: 'member' | 'org' | 'candidate';
  id: number;
  name: string;
  org_name: string;
  /** YYYY-MM-DD: when the fact happened (flows) or since when it holds; may be empty. */
  date: string;
  detail: string;
}

/** GET /api/orgs/{id}/indicators/people. */
export interface IndicatorPeople {
  indicator: Indicator;
  total: number;
  items: IndicatorPerson[];
}

/** A report kept as sent (GET /api/orgs/{id}/report-snapshots, /api/report-snapshots/{id}). */
export interface Snapshot {
  id: number;
  org: { id: number; name: string };
  title: string;
  number: string;
  /** YYYY-MM-DD */
  issued_on: string;
  query: { codes: string[]; at: string; period: { code: string; from: string; to: string }; breakdown: Breakdown; compare: boolean };
  recorded_by: string;
  /** When it was kept: the moment its figures are reproduced as of. */
  recorded_at: string;
  voided_at: string | null;
  void_reason: string;
  answer?: IndicatorAnswer;
}

/** One figure of a kept report beside the same figure as recorded then and now. */
export interface SnapshotRow {
  code: string;
  label: string;
  unit: string;
  /** The TCCSĐ or unit of a breakdown row; null for the subtree. */
  org: IndicatorOrg | null;
  frozen: number | null;
  recorded: number | null;
  now: number | null;
  /** now − frozen, for counts. */
  change: number | null;
}

/** GET /api/report-snapshots/{id}/compare. */
export interface SnapshotComparison {
  snapshot: Snapshot;
  recorded_line: string;
  rows: SnapshotRow[];
  changed: number;
  /** Whether the figures as recorded when kept equal those kept (they should). */
  reproduced: boolean;
}
