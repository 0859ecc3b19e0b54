// Small helpers of the discipline pages.

/** The tag colour of a decision's state. */
export function statusColor(status: string): string {
  switch (status) {
    case 'in_force':
      return 'red';
    case 'appealed':
      return 'orange';
    case 'changed':
      return 'gold';
    case 'annulled':
      return 'default';
    default:
      return 'green';
  }
}
