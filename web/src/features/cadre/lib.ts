// Progress labels and colours of cadre planning.
export const PROGRESS: Record<string, { label: string; color: string }> = {
  complete: { label: 'Hoàn thành lộ trình', color: 'green' },
  on_track: { label: 'Đang thực hiện', color: 'blue' },
  overdue: { label: 'Có nội dung quá hạn', color: 'red' },
};

export const ITEM_STATUS: Record<string, { label: string; color: string }> = {
  done: { label: 'Đã hoàn thành', color: 'green' },
  pending: { label: 'Chưa đến hạn', color: 'blue' },
  overdue: { label: 'Quá hạn', color: 'red' },
};

export const TERMS = ['2025-2030', '2020-2025'];
