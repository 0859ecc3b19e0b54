// The meetings API's types (src/http/api/meetings.cc).

export type MeetingKind = 'regular' | 'thematic' | 'committee' | 'grassroots_committee';
export type AttendanceStatus = 'present' | 'late' | 'excused' | 'unexcused';

export interface AttendanceSummary {
  marked: number;
  present: number;
  late: number;
  excused: number;
  unexcused: number;
  percent: number | null;
}

export interface Meeting {
  id: number;
  org_id: number;
  org_name: string;
  kind: MeetingKind;
  status: 'planned' | 'held';
  planned_on: string;
  held_on: string;
  topic: string;
  chair_member_id: number | null;
  chair_name: string;
  recorder_member_id: number | null;
  recorder_name: string;
  higher_member_id: number | null;
  higher_name: string;
  resolution: string;
  quality: string;
  minutes_name: string;
  minutes_type: string;
  minutes_size: number;
  version: number;
  attendance: AttendanceSummary;
}

export interface Attendee {
  member_id: number;
  full_name: string;
  status: AttendanceStatus | '';
  visiting: boolean;
  home_org_name: string;
}

export interface MeetingDetail extends Meeting {
  roster: Attendee[];
}

export interface MeetingInput {
  org_id?: number;
  kind?: MeetingKind;
  planned_on?: string;
  held_on?: string;
  topic?: string;
  chair_name?: string;
  recorder_name?: string;
  higher_member_id?: number;
  higher_name?: string;
  resolution?: string;
  quality?: string;
  version?: number;
}

export interface MeetingQuery {
  year?: number;
  kind?: string;
  status?: string;
  page?: number;
  page_size?: number;
}

export interface UnitMeetings {
  org_id: number;
  org_name: string;
  regular: number;
  thematic: number;
  committee: number;
  grassroots_committee: number;
  regular_due: number;
  thematic_due: number;
  higher: number;
  attended: number;
  marked: number;
  attendance_percent: number | null;
}

export interface MeetingStats {
  from: string;
  to: string;
  total: UnitMeetings;
  /** The page of units asked for; `unit_count` of them in all. */
  units: UnitMeetings[];
  unit_count: number;
  units_meeting_all: number;
  min_percent: number | null;
  min_unit: string;
  max_percent: number | null;
  max_unit: string;
}

export interface AbsenceWarning {
  member_id: number;
  full_name: string;
  org_name: string;
  unexcused: number;
  last_on: string;
  removal_line: boolean;
}

export interface Assignment {
  id: number;
  org_id: number;
  org_name: string;
  member_id: number;
  member_name: string;
  member_org_name: string;
  from_on: string;
  to_on: string;
  note: string;
  held: number;
  attended: number;
}
