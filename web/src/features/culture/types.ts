// The cultural-standard units API types (src/service/culture/culture.h).

export interface CultureUnit {
  host_unit_id: number;
  host_unit_name: string;
  host_unit_kind: string;
  org_id: number;
  org_name: string;
  registered: boolean;
  /** '' while pending; achieved | model | not_achieved. */
  result: string;
  decision_no: string;
  decided_on: string;
  note: string;
}

export interface CultureYear {
  year: number;
  host_units: number;
  registered: number;
  achieved: number;
  model: number;
  units: CultureUnit[];
}

export interface CultureInput {
  host_unit_id: number;
  registered: boolean;
  result?: string;
  decision_no?: string;
  decided_on?: string;
  note?: string;
}
