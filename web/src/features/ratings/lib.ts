// What the ratings pages share: which steps may follow a stage, and the years offered.
import type { Action } from '../../shared/api/types';
import type { RatingStage } from './types';

/** The steps that may be recorded next after `stage` (null: not rated yet), with the right each needs. */
export function nextSteps(stage: RatingStage | null | undefined): { step: RatingStage; action: Action }[] {
  const write = (step: RatingStage) => ({ step, action: 'rating.write' as Action });
  const approve = (step: RatingStage) => ({ step, action: 'rating.approve' as Action });
  switch (stage ?? null) {
    case null:
    case 'self':
      return [write('self'), write('proposed')];
    case 'proposed':
      return [write('proposed'), approve('decided')];
    case 'decided':
      return [approve('decided'), approve('approved')];
    default:
      return [];
  }
}

/** The years a rating may be looked at: this year back ten years, newest first. */
export function ratingYears(now = new Date()): number[] {
  const y = now.getFullYear();
  return Array.from({ length: 11 }, (_, i) => y - i);
}
