// The dues API's types (amounts in whole đồng).
export interface DuesLine {
  member_id: number;
  full_name: string;
  income: string;
  base: number;
  reduction_percent: number;
  relief_reason: string;
  due: number;
  recorded: boolean;
  paid: number;
  extra: number;
  receipt_no: string;
  reason: string;
  paid_on: string;
  corrections: number;
}

export interface DuesSheet {
  org_id: number;
  org_name: string;
  month: string;
  rules_source: string;
  lines: DuesLine[];
  due: number;
  paid: number;
  extra: number;
  recorded: number;
  unpaid: number;
}

export interface CollectLine {
  member_id: number;
  paid: number;
  extra?: number;
  receipt_no?: string;
  reason?: string;
}

export interface DuesArrear {
  member_id: number;
  full_name: string;
  org_name: string;
  months: string[];
  unpaid_months: number;
  amount: number;
  unexcused_absences: number;
  removal_line: boolean;
}

export interface ReconciliationRow {
  org_id: number;
  org_name: string;
  org_kind: string;
  depth: number;
  collected: number;
  received: number;
  base: number;
  keep_percent: number;
  expected: number;
  remitted: number;
  remitted_recorded: boolean;
  kept: number;
}

export interface Reconciliation {
  org_id: number;
  month: string;
  rows: ReconciliationRow[];
  collected: number;
  kept: number;
  remitted_out: number;
  balanced: boolean;
}
