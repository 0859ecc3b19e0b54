import type { Candidate, CandidateStatus, CandidateStep, WorkItemKind } from './types';

export const CANDIDATE_STATUS_COLORS: Record<CandidateStatus, string> = {
  preparing: 'blue',
  voted: 'geekblue',
  proposed: 'purple',
  decided: 'gold',
  admitted: 'green',
  refused: 'red',
  withdrawn: 'default',
};

/** Whether the file is still open (steps may be recorded). */
export function isOpen(c: Pick<Candidate, 'status'>): boolean {
  return c.status === 'preparing' || c.status === 'voted' || c.status === 'proposed' || c.status === 'decided';
}

/** The seven steps of the admission procedure, in order. */
export type ProcedureStep = Exclude<CandidateStep, 'refuse' | 'withdraw'>;

export interface StepInfo {
  step: ProcedureStep;
  title: string;
  /** The form's heading and its submit button. */
  action: string;
  /** Label of the date field. */
  dateLabel: string;
  /** The date the step was recorded on ('' when not). */
  doneOn: (c: Candidate) => string;
  /** The statuses in which the server takes this step. */
  openIn: readonly CandidateStatus[];
  /** The rule note shown under the date (GET /api/rules/notes key). */
  rule?: string;
}

export const STEPS: StepInfo[] = [
  {
    step: 'class',
    rule: 'certificate',
    title: 'Lớp bồi dưỡng',
    action: 'Ghi nhận hoàn thành lớp bồi dưỡng nhận thức về Đảng',
    dateLabel: 'Ngày cấp giấy chứng nhận',
    doneOn: (c) => c.class_completed_on,
    openIn: ['preparing'],
  },
  {
    step: 'dossier',
    title: 'Hồ sơ',
    action: 'Ghi nhận hoàn thành hồ sơ xin vào Đảng',
    dateLabel: 'Ngày hoàn thành hồ sơ',
    doneOn: (c) => c.dossier_completed_on,
    openIn: ['preparing'],
  },
  {
    step: 'introducers',
    rule: 'introducers',
    title: 'Người giới thiệu',
    action: 'Ghi nhận hai đảng viên giới thiệu',
    dateLabel: 'Ngày giới thiệu',
    // The API keeps who the introducers are, not the day they were recorded.
    doneOn: () => '',
    openIn: ['preparing'],
  },
  {
    step: 'vote',
    rule: 'admission_age',
    title: 'Chi bộ biểu quyết',
    action: 'Ghi nhận kết quả chi bộ biểu quyết',
    dateLabel: 'Ngày họp chi bộ',
    doneOn: (c) => c.branch_vote_on,
    openIn: ['preparing'],
  },
  {
    step: 'proposal',
    title: 'Đề nghị kết nạp',
    action: 'Ghi nhận cấp ủy cơ sở đề nghị kết nạp',
    dateLabel: 'Ngày đề nghị',
    doneOn: (c) => c.committee_proposal_on,
    openIn: ['voted'],
  },
  {
    step: 'decision',
    rule: 'decision_deadline',
    title: 'Quyết định kết nạp',
    action: 'Ghi nhận quyết định kết nạp',
    dateLabel: 'Ngày quyết định',
    doneOn: (c) => c.decision_on,
    openIn: ['voted', 'proposed'],
  },
  {
    step: 'ceremony',
    rule: 'ceremony_deadline',
    title: 'Lễ kết nạp',
    action: 'Ghi nhận lễ kết nạp',
    dateLabel: 'Ngày tổ chức lễ kết nạp',
    doneOn: (c) => c.ceremony_on,
    openIn: ['decided'],
  },
];

export function isStepDone(c: Candidate, s: StepInfo): boolean {
  return s.step === 'introducers' ? !!(c.introducer1_id && c.introducer2_id) : !!s.doneOn(c);
}

/** The steps that may be recorded now (the server has the last word). */
export function availableSteps(c: Candidate): StepInfo[] {
  return STEPS.filter((s) => s.openIn.includes(c.status as CandidateStatus));
}

/**
 * The step the form offers first: while preparing, the first of class, dossier and introducers
 * still missing, else the vote; afterwards the next step of the status.
 */
export function currentStep(c: Candidate): StepInfo | undefined {
  const open = availableSteps(c);
  return open.find((s) => !isStepDone(c, s)) ?? open[open.length - 1];
}

export const WORK_KIND_COLORS: Record<WorkItemKind, string> = {
  probation_ending: 'gold',
  recognition_overdue: 'red',
  decision_due: 'purple',
  ceremony_due: 'magenta',
  certificate_expiring: 'orange',
  transfer_pending: 'blue',
  temporary_expiring: 'cyan',
  meeting_missing: 'volcano',
  thematic_missing: 'lime',
  absence_warning: 'red',
  badge_round_due: 'red',
};

/** General education levels offered by the candidate form (other values may be typed). */
export const EDUCATION_OPTIONS = ['12/12', '11/12', '10/12', '9/12', '10/10', '9/10', '8/10'].map((v) => ({ value: v }));
