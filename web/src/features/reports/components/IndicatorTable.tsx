// The indicator report as a table: a row per sub-organization with its figures, the subtree's own
// figures as the totals row at the bottom; with the comparison on, each figure has the same period
// a year earlier and the change beside it. Figures open the people behind them.
import { Button, Grid, Table, type TableColumnsType, Typography } from 'antd';
import { formatValue } from '../indicators';
import type { IndicatorAnswer, IndicatorOrg, IndicatorValue } from '../types';
import type { FigureRef } from './IndicatorPeopleDrawer';

interface Row {
  key: string;
  org: IndicatorOrg;
  values: Map<string, IndicatorValue>;
  total: boolean;
}

/** A change with its sign: +12, −3, 0. */
function formatChange(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined) return '—';
  const text = formatValue(Math.abs(v), unit);
  return v > 0 ? `+${text}` : v < 0 ? `−${text}` : text;
}

function Figure({ row, value, onOpen }: { row: Row; value: IndicatorValue | undefined; onOpen: (f: FigureRef) => void }) {
  if (!value) return null;
  const text = formatValue(value.value, value.unit);
  if (value.unit === '%' || !value.value) return <span>{text}</span>;
  return (
    <Button
      type="link"
      size="small"
      className="figure-link"
      onClick={() => onOpen({ org: row.org, value })}
      aria-label={`${value.label}, ${row.org.name}: ${text} – xem danh sách`}
    >
      {text}
    </Button>
  );
}

interface Props {
  answer: IndicatorAnswer;
  compare: boolean;
  loading?: boolean;
  onOpen: (f: FigureRef) => void;
}

export function IndicatorTable({ answer, compare, loading, onOpen }: Props) {
  // On a phone the names column stays narrow so the figures beside it can be seen.
  const wide = Grid.useBreakpoint().md ?? true;
  const toRow = (org: IndicatorOrg, values: IndicatorValue[], total: boolean): Row => ({
    key: total ? 'total' : String(org.id),
    org,
    values: new Map(values.map((v) => [v.code, v])),
    total,
  });
  const rows = [
    ...(answer.units ?? []).map((u) => toRow(u.org, u.indicators, false)),
    toRow(answer.org, answer.indicators, true),
  ];

  const columns: TableColumnsType<Row> = [
    {
      title: 'Tổ chức đảng',
      key: 'org',
      fixed: 'left',
      width: wide ? 180 : 112,
      render: (_: unknown, r) => (r.total ? <Typography.Text strong>Cộng: {r.org.name}</Typography.Text> : r.org.name),
    },
    ...answer.indicators.map((ind) => {
      const current = {
        key: ind.code,
        title: compare ? 'Kỳ này' : ind.label,
        align: 'right' as const,
        width: compare ? 90 : 130,
        render: (_: unknown, r: Row) => <Figure row={r} value={r.values.get(ind.code)} onOpen={onOpen} />,
      };
      if (!compare) return current;
      return {
        key: `${ind.code}:group`,
        title: ind.label,
        children: [
          current,
          {
            key: `${ind.code}:previous`,
            title: 'Cùng kỳ năm trước',
            align: 'right' as const,
            width: 100,
            render: (_: unknown, r: Row) => formatValue(r.values.get(ind.code)?.previous, ind.unit),
          },
          {
            key: `${ind.code}:change`,
            title: 'Tăng/giảm',
            align: 'right' as const,
            width: 90,
            render: (_: unknown, r: Row) => {
              const c = r.values.get(ind.code)?.change;
              return (
                <Typography.Text type={c ? (c > 0 ? 'success' : 'danger') : undefined}>{formatChange(c, ind.unit)}</Typography.Text>
              );
            },
          },
        ],
      };
    }),
  ];

  return (
    <Table<Row>
      className="indicator-table"
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(r) => (r.total ? 'indicator-total-row' : '')}
    />
  );
}
