// The higher-level documents API types (src/service/documents/documents.h).

export interface Implementation {
  org_id: number;
  org_name: string;
  studied_on: string;
  plan_on: string;
  plan_no: string;
  resolution_on: string;
  resolution_no: string;
  note: string;
}

export interface HigherDocument {
  id: number;
  org_id: number;
  org_name: string;
  kind: string;
  kind_label: string;
  number: string;
  issuer: string;
  issued_on: string;
  title: string;
  note: string;
  /** Grassroots organizations of the subtree read, and those that took each step. */
  units: number;
  studied: number;
  planned: number;
  resolved: number;
  implementations: Implementation[];
}

export interface DocumentInput {
  kind: string;
  number: string;
  issuer?: string;
  issued_on: string;
  title: string;
  note?: string;
}

export interface ImplementationInput {
  studied_on?: string;
  plan_on?: string;
  plan_no?: string;
  resolution_on?: string;
  resolution_no?: string;
  note?: string;
}
