import { Alert } from 'antd';
import type { ReactNode } from 'react';
import type { FormProblem } from '../hooks/useSubmit';

/** A refused save above its form (from useSubmit); nothing when there is no problem. */
export function ProblemAlert({ problem, className, action }: { problem: FormProblem | null; className?: string; action?: ReactNode }) {
  if (!problem) return null;
  return (
    <Alert
      className={className}
      type={problem.type ?? 'error'}
      showIcon
      message={problem.title ?? problem.detail}
      description={problem.title ? problem.detail : undefined}
      style={{ marginBottom: 16 }}
      action={action}
    />
  );
}
