// The rewards API types (src/service/rewards/rewards.h).

export interface Reward {
  id: number;
  org_id: number;
  org_name: string;
  subject: 'collective' | 'individual';
  member_id: number | null;
  recipient: string;
  form: string;
  form_label: string;
  level: string;
  level_label: string;
  decision_no: string;
  decided_on: string;
  reason: string;
  period_label: string;
  emulation_id: number | null;
  emulation_title: string;
}

export interface RewardPage {
  items: Reward[];
  total: number;
  /** Of every award selected, not only the page: "8 tập thể, 14 cá nhân". */
  collectives: number;
  individuals: number;
}

export interface RewardQuery {
  from?: string;
  to?: string;
  subject?: string;
  form?: string;
  page?: number;
  page_size?: number;
}

export interface RewardInput {
  subject: string;
  member_id?: number;
  recipient?: string;
  form: string;
  level: string;
  decision_no: string;
  decided_on: string;
  reason: string;
  period_label?: string;
  emulation_id?: number;
}

export interface Emulation {
  id: number;
  org_id: number;
  org_name: string;
  kind: string;
  kind_label: string;
  title: string;
  starts_on: string;
  ends_on: string;
  note: string;
  rewards: number;
}

export interface EmulationInput {
  kind: string;
  title: string;
  starts_on: string;
  ends_on?: string;
  note?: string;
}

export interface MemberOption {
  id: number;
  full_name: string;
  org_name: string;
}
