import type { Decision } from '../../shared/api/types';
import type { MemberFields } from '../members';

export type TransferKind = 'out' | 'in' | 'internal' | 'temporary';

export type TransferState = 'pending' | 'confirmed' | 'returned' | 'cancelled' | 'voided';

/** Giấy giới thiệu sinh hoạt đảng (both optional; the date not after the effective date). */
export interface TransferLetter {
  letter_no?: string;
  letter_date?: string;
}

export interface Transfer {
  id: number;
  member_id: number;
  member_name: string;
  member_status: string;
  kind: TransferKind;
  kind_label: string;
  state: TransferState;
  state_label: string;
  from_org_id: number | null;
  from_org_name: string;
  to_org_id: number | null;
  to_org_name: string;
  external_unit: string;
  letter_no: string;
  letter_date: string;
  decision_no: string;
  decision_date: string;
  effective_on: string;
  until_on: string;
  /** work | study for temporary stays. */
  purpose: string;
  confirmed_on: string;
  confirmed_by: string;
  returned_on: string;
  cancel_reason: string;
  note: string;
  event_id: number | null;
  return_event_id: number | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** A temporary stay still open after its until_on. */
  expired: boolean;
}

export interface TransferQuery {
  org_id?: number;
  side?: '' | 'incoming' | 'outgoing';
  kind?: '' | TransferKind;
  state?: '' | TransferState;
  member_id?: number;
  until_on_by?: string;
}

export interface TransferOutInput extends Decision, TransferLetter {
  external_unit: string;
  note?: string;
}

/** A new member file in the receiving unit (org_id) with the member fields, plus the transfer. */
export interface TransferInInput extends Partial<MemberFields>, Decision, TransferLetter {
  org_id: number;
  confirm_duplicate?: boolean;
  external_unit: string;
  note?: string;
}

export interface InternalTransferInput extends Decision, TransferLetter {
  to_org_id: number;
  confirm_now?: boolean;
  note?: string;
}

export interface TemporaryTransferInput extends Decision, TransferLetter {
  purpose: 'work' | 'study';
  until_on: string;
  to_org_id?: number;
  external_unit?: string;
  confirm_now?: boolean;
  note?: string;
}

/** The decision and note every member event takes (effective_on: the event's date). */
export interface EventInput extends Decision {
  note?: string;
}

export type MemberEventVerb = 'card' | 'card/reissue' | 'exempt' | 'exemption-end' | 'remove' | 'expel' | 'leave' | 'death' | 'readmit';

export interface MemberEventBody extends EventInput {
  card_no?: string;
  /** card/reissue: lost | damaged | other; exempt: free text; remove: a removal reason code. */
  reason?: string;
  reason_text?: string;
  /** readmit: the branch vote (empty = effective_on) and the unit (0 = the last one). */
  vote_on?: string;
  org_id?: number;
}

/** The member after a lifecycle event. */
export interface LifecycleResult {
  member_id: number;
  event_id: number;
  kind: string;
  kind_label: string;
  status: string;
  status_label: string;
  org_id: number;
  card_no: string;
  card_issued_on: string;
}

export interface RemovalReason {
  code: string;
  label: string;
}

export interface PartyAge {
  member_id: number;
  on: string;
  years: number;
  months: number;
  days: number;
  counted_days: number;
}
