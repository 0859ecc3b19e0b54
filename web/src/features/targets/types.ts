// The congress targets API types (src/service/targets/targets.h).

export interface TargetYear {
  year: number;
  plan: number | null;
  actual: number | null;
  /** The actual value is evaluated from the catalogue's indicator, never typed. */
  computed: boolean;
  met: boolean | null;
  note: string;
}

export interface CongressTarget {
  id: number;
  org_id: number;
  org_name: string;
  term: string;
  position: number;
  title: string;
  unit: string;
  comparison: 'at_least' | 'at_most';
  indicator: string;
  indicator_label: string;
  term_plan: number | null;
  years: TargetYear[];
}

export interface TargetBoard {
  term: string;
  year: number;
  measured: number;
  met: number;
  targets: CongressTarget[];
}

export interface TargetInput {
  term: string;
  title: string;
  unit?: string;
  comparison: string;
  indicator?: string;
  /** A number as text ("94,5"). */
  term_plan?: string;
  position?: number;
}

export interface IndicatorOption {
  code: string;
  label: string;
  unit: string;
}
