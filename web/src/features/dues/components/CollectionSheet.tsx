// A branch's month on one phone screen: every member with the amount due prefilled; one save
// records those not recorded yet; recorded members show what they paid and can be corrected.
import { Button, Card, Input, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useAuth } from '../../../shared/auth/useAuth';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useLabel } from '../../../shared/hooks/useMeta';
import { useSubmit } from '../../../shared/hooks/useSubmit';
import { collect } from '../api';
import { formatMoney, monthLabel } from '../lib';
import type { DuesLine, DuesSheet } from '../types';
import { BasisModal } from './BasisModal';
import { CorrectionModal } from './CorrectionModal';

interface Entry {
  paid: number;
  extra: number;
  reason: string;
}

export function CollectionSheet({ sheet, onChange, onReload }: { sheet: DuesSheet; onChange: (s: DuesSheet) => void; onReload: () => void }) {
  const { can } = useAuth();
  const incomeLabel = useLabel('dues_income');
  const reliefLabel = useLabel('dues_relief_reason');
  const submit = useSubmit({ errorTitle: 'Chưa ghi được sổ thu' });
  const [entries, setEntries] = useState<Record<number, Entry>>({});
  const [correcting, setCorrecting] = useState<DuesLine | null>(null);
  const [basisOf, setBasisOf] = useState<DuesLine | null>(null);
  useEffect(() => {
    const init: Record<number, Entry> = {};
    for (const l of sheet.lines) if (!l.recorded) init[l.member_id] = { paid: l.due, extra: 0, reason: '' };
    setEntries(init);
  }, [sheet]);
  const open = sheet.lines.filter((l) => !l.recorded);
  const mayCollect = can('dues.collect');
  const set = (id: number, patch: Partial<Entry>) =>
    setEntries((e) => ({ ...e, [id]: { ...(e[id] ?? { paid: 0, extra: 0, reason: '' }), ...patch } }));

  const save = () =>
    submit.run(async () => {
      const lines = open.map((l) => ({ member_id: l.member_id, ...(entries[l.member_id] ?? { paid: l.due, extra: 0, reason: '' }) }));
      onChange(await collect(sheet.org_id, sheet.month, lines));
    });

  return (
    <Card
      size="small"
      title={`${sheet.org_name} — tháng ${monthLabel(sheet.month)}`}
      extra={<Typography.Text type="secondary">{sheet.rules_source}</Typography.Text>}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color="blue">Phải thu {formatMoney(sheet.due)}</Tag>
        <Tag color="green">Đã thu {formatMoney(sheet.paid)}</Tag>
        {sheet.extra > 0 && <Tag>Đóng thêm {formatMoney(sheet.extra)}</Tag>}
        {sheet.unpaid > 0 && <Tag color="red">Chưa đóng {sheet.unpaid}</Tag>}
      </Space>
      <ProblemAlert problem={submit.problem} />
      <List
        dataSource={sheet.lines}
        locale={{ emptyText: 'Chi bộ không có đảng viên trong tháng này' }}
        renderItem={(l) => {
          const e = entries[l.member_id];
          return (
            <List.Item data-testid={`dues-line-${l.member_id}`} style={{ display: 'block' }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
                <Typography.Text strong>{l.full_name}</Typography.Text>
                <Typography.Text>Phải đóng {formatMoney(l.due)}</Typography.Text>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {can('dues.basis') && (
                  <Button type="link" size="small" style={{ padding: 0, marginRight: 6 }} onClick={() => setBasisOf(l)}>
                    Mức đóng
                  </Button>
                )}
                {l.income ? incomeLabel(l.income) : 'Chưa ghi mức đóng'}
                {l.relief_reason && ` · ${l.reduction_percent === 100 ? 'Miễn' : `Giảm ${l.reduction_percent}%`}: ${reliefLabel(l.relief_reason)}`}
              </Typography.Text>
              {l.recorded ? (
                <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 4 }}>
                  <Space wrap size={4}>
                    <Tag color={l.paid >= l.due ? 'green' : l.reason ? 'default' : 'red'}>Đã đóng {formatMoney(l.paid)}</Tag>
                    {l.extra > 0 && <Tag>Thêm {formatMoney(l.extra)}</Tag>}
                    {l.reason && <Tag>{l.reason}</Tag>}
                    {l.corrections > 0 && <Tag color="orange">{l.corrections} điều chỉnh</Tag>}
                  </Space>
                  {mayCollect && (
                    <Button size="small" onClick={() => setCorrecting(l)}>
                      Điều chỉnh
                    </Button>
                  )}
                </div>
              ) : (
                mayCollect && (
                  <div style={{ display: 'flex', gap: 8, marginTop: 6, flexWrap: 'wrap' }}>
                    <InputNumber
                      aria-label={`Số tiền ${l.full_name} đóng`}
                      value={e?.paid ?? l.due}
                      min={0}
                      step={1000}
                      style={{ width: 130 }}
                      onChange={(v) => set(l.member_id, { paid: Number(v ?? 0) })}
                    />
                    <InputNumber
                      aria-label={`Số tiền ${l.full_name} đóng thêm`}
                      placeholder="Đóng thêm"
                      value={e?.extra || null}
                      min={0}
                      step={1000}
                      style={{ width: 110 }}
                      onChange={(v) => set(l.member_id, { extra: Number(v ?? 0) })}
                    />
                    {(e?.paid ?? l.due) < l.due && (
                      <Input
                        aria-label={`Lý do ${l.full_name} chưa đóng`}
                        placeholder="Lý do chưa đóng"
                        value={e?.reason ?? ''}
                        maxLength={500}
                        style={{ flex: '1 1 140px' }}
                        onChange={(ev) => set(l.member_id, { reason: ev.target.value })}
                      />
                    )}
                  </div>
                )
              )}
            </List.Item>
          );
        }}
      />
      {mayCollect && open.length > 0 && (
        <Button type="primary" block loading={submit.busy} onClick={() => void save()} style={{ marginTop: 12 }}>
          Ghi sổ thu ({open.length} đảng viên)
        </Button>
      )}
      <BasisModal
        month={sheet.month}
        line={basisOf}
        onClose={() => setBasisOf(null)}
        onSaved={() => {
          setBasisOf(null);
          onReload();
        }}
      />
      <CorrectionModal
        orgId={sheet.org_id}
        month={sheet.month}
        line={correcting}
        onClose={() => setCorrecting(null)}
        onSaved={(s) => {
          setCorrecting(null);
          onChange(s);
        }}
      />
    </Card>
  );
}
