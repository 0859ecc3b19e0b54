// The shapes of members' own space, as the server sends them.
import type { Member } from '../members';

export interface CorrectionRequest {
  id: number;
  member_id: number;
  full_name: string;
  org_name: string;
  /** A member file field name, or "other". */
  field: string;
  field_label: string;
  requested: string;
  note: string;
  state: 'pending' | 'done' | 'rejected';
  created_at: string;
  resolved_at: string;
  resolved_by: string;
  resolution: string;
}

export interface MyMeeting {
  id: number;
  kind: string;
  status: string;
  planned_on: string;
  held_on: string;
  topic: string;
  /** The member's own mark: an attendance code, "unmarked", or "" before the meeting. */
  my_status: string;
}

/** An account that is no member's own gets `{ member: null, message }`. */
export type MyFileAnswer = MyFile | { member: null; message: string };

export interface MyFile {
  member: Member;
  party_age: { years: number; months: number };
  badges: { milestone: number; status: string; round_on: string; decision_no: string; decision_on: string; awarded_on: string }[];
  next_badge: { milestone: number; on: string } | null;
  meetings: MyMeeting[];
  dues: { year: number; paid: { month: string; paid: number }[]; unpaid_months: string[] };
  corrections: CorrectionRequest[];
}

export interface CorrectionInput {
  field: string;
  requested: string;
  note?: string;
}
