// The indicator report of the reports page: a preset or indicators ticked by hand, split per TCCSĐ
// or per direct unit, optionally beside the same period a year earlier; exports to Excel and Word.
import { FileExcelOutlined, FileWordOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Select, Skeleton, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../shared/api/client';
import { LoadError } from '../../../shared/components/LoadError';
import { useAuth } from '../../../shared/auth/useAuth';
import { DateInput } from '../../../shared/components/DateInput';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatDate, fromIsoDate, toIsoDate } from '../../../shared/lib/format';
import { isDayjs } from '../../../shared/lib/dates';
import { usePageParams } from '../../../shared/lib/paging';
import { exportIndicators, getIndicators, listIndicators, listReportPresets, type ExportFormat } from '../api';
import { periodWords, stockDay, type Period } from '../periods';
import type { Breakdown, Indicator, IndicatorQuery, ReportPreset } from '../types';
import { IndicatorPeopleDrawer, type FigureRef } from './IndicatorPeopleDrawer';
import { IndicatorPicker } from './IndicatorPicker';
import { FreezeModal } from './FreezeModal';
import { IndicatorTable } from './IndicatorTable';

/** "Tự chọn": indicators ticked by hand instead of a preset. */
const CUSTOM = 'custom';

/** Ticked when nothing else is asked (no preset served, no codes in the address). */
const DEFAULT_CODES = ['orgs.grassroots', 'members.total', 'members.official', 'members.probationary', 'flows.admitted'];

const BREAKDOWN_LABELS: Record<Breakdown, string> = {
  grassroots: 'Theo tổ chức cơ sở đảng',
  unit: 'Theo đơn vị trực thuộc',
  '': 'Không chia',
};

/** The presets, or none on a server that serves none yet (404). */
async function presetsOrNone(signal: AbortSignal): Promise<ReportPreset[]> {
  try {
    return (await listReportPresets(signal)).items;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return [];
    throw err;
  }
}

/** The breakdowns every one of `codes` allows ('' always). */
function allowedBreakdowns(codes: string[], catalogue: readonly Indicator[]): Breakdown[] {
  const chosen = catalogue.filter((i) => codes.includes(i.code));
  const all: Breakdown[] = ['grassroots', 'unit'];
  return [...all.filter((b) => chosen.length > 0 && chosen.every((i) => i.breakdowns.includes(b))), ''];
}

interface Props {
  orgId: number | undefined;
  period: Period;
  /** A report was kept as sent. */
  onFrozen?: () => void;
}

export function IndicatorReport({ orgId, period, onFrozen }: Props) {
  const { message } = App.useApp();
  const { can } = useAuth();
  const [freezing, setFreezing] = useState(false);
  const { params, update } = usePageParams();
  const [figure, setFigure] = useState<FigureRef | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const catalogue = useRemote((signal) => listIndicators(signal), 'indicators');
  const presets = useRemote(presetsOrNone, 'report-presets');
  const indicators = catalogue.data?.items ?? [];

  const codesParam = params.get('codes');
  const presetCode = params.get('preset') ?? (codesParam ? CUSTOM : (presets.data?.[0]?.code ?? CUSTOM));
  const preset = presets.data?.find((p) => p.code === presetCode);
  const known = new Set(indicators.map((i) => i.code));
  const codes = preset
    ? preset.indicators
    : (codesParam?.split(',').filter(Boolean) ?? DEFAULT_CODES.filter((c) => known.has(c)));
  const allowed = allowedBreakdowns(codes, indicators);
  // '' (no split) is kept in the address as 'none'.
  const askedParam = params.get('breakdown');
  const asked = askedParam === 'none' ? '' : (askedParam as Breakdown | null);
  const wanted: Breakdown = asked ?? preset?.breakdown ?? (allowed.includes('grassroots') ? 'grassroots' : 'unit');
  const breakdown: Breakdown = allowed.includes(wanted) ? wanted : (allowed[0] ?? '');
  const compare = params.get('compare') === '1';
  // "Như đã ghi nhận đến ngày …": the figures as the records stood at the end of that day.
  const recorded = params.get('recorded') ?? '';
  const ready = !!orgId && codes.length > 0 && !!catalogue.data && !!presets.data;

  const query: IndicatorQuery = {
    codes,
    at: stockDay(period),
    period: period.code,
    from: period.from,
    to: period.to,
    breakdown,
    compare,
    recorded: recorded || undefined,
  };
  const answer = useRemote(
    (signal) => (ready ? getIndicators(orgId, query, signal) : Promise.resolve(undefined)),
    ready ? `${orgId}:${JSON.stringify(query)}` : 'none',
  );
  const shown = answer.data && answer.data.org.id === orgId ? answer.data : undefined;

  const runExport = async (format: ExportFormat) => {
    if (!orgId) return;
    setExporting(format);
    try {
      await exportIndicators(orgId, query, format);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(null);
    }
  };

  const hasFlows = indicators.some((i) => codes.includes(i.code) && i.shape === 'flow');
  const hasStocks = indicators.some((i) => codes.includes(i.code) && i.shape === 'stock');
  /** "số lượng tại ngày …; biến động từ ngày … đến ngày …", for the stocks and flows shown. */
  const when = (at: string | undefined, p: { from: string; to: string } | undefined) =>
    [hasStocks && at ? `số lượng tại ngày ${formatDate(at)}` : '', hasFlows && p ? `biến động ${periodWords(p.from, p.to)}` : '']
      .filter(Boolean)
      .join('; ');

  return (
    <>
      <Flex gap={16} wrap align="flex-end" className="report-options">
        <div className="report-option-wide report-preset">
          <Typography.Text className="field-caption">Mẫu báo cáo</Typography.Text>
          <Select<string>
            aria-label="Mẫu báo cáo"
            value={presetCode}
            loading={presets.loading}
            options={[
              ...(presets.data ?? []).map((p) => ({ value: p.code, label: p.label })),
              { value: CUSTOM, label: 'Tự chọn chỉ tiêu' },
            ]}
            onChange={(v) =>
              update(v === CUSTOM ? { preset: CUSTOM, codes: codes.join(','), breakdown: undefined } : { preset: v, codes: undefined, breakdown: undefined })
            }
            style={{ width: '100%' }}
          />
        </div>
        <div>
          <Typography.Text className="field-caption">Chia theo</Typography.Text>
          <Select<Breakdown>
            aria-label="Chia theo"
            value={breakdown}
            options={(['grassroots', 'unit', ''] as Breakdown[]).map((b) => ({
              value: b,
              label: BREAKDOWN_LABELS[b],
              disabled: !allowed.includes(b),
            }))}
            onChange={(b) => update({ breakdown: b || 'none' })}
            style={{ width: 220 }}
          />
        </div>
        <Space align="center" className="report-compare">
          <Switch checked={compare} onChange={(on) => update({ compare: on ? '1' : undefined })} aria-label="So sánh cùng kỳ năm trước" />
          <Typography.Text>So sánh cùng kỳ năm trước</Typography.Text>
        </Space>
        <div className="report-recorded">
          <Typography.Text className="field-caption">Như đã ghi nhận đến ngày</Typography.Text>
          <DateInput
            aria-label="Như đã ghi nhận đến ngày"
            value={fromIsoDate(recorded)}
            onChange={(d) => update({ recorded: isDayjs(d) ? toIsoDate(d) : undefined })}
            placeholder="Hiện nay"
            allowClear
            style={{ width: 170 }}
          />
        </div>
        <Space wrap>
          {can('report.freeze') && !recorded && (
            <Button icon={<SaveOutlined />} disabled={!ready || !shown} onClick={() => setFreezing(true)}>
              Lưu báo cáo đã gửi
            </Button>
          )}
          <Button icon={<FileExcelOutlined />} loading={exporting === 'xlsx'} disabled={!ready} onClick={() => void runExport('xlsx')}>
            Xuất Excel
          </Button>
          <Button icon={<FileWordOutlined />} loading={exporting === 'docx'} disabled={!ready} onClick={() => void runExport('docx')}>
            Xuất Word
          </Button>
        </Space>
      </Flex>
      {presetCode === CUSTOM && (
        <div className="report-picker">
          <Typography.Text className="field-caption">Chỉ tiêu</Typography.Text>
          <IndicatorPicker catalogue={indicators} value={codes} loading={catalogue.loading} onChange={(c) => update({ codes: c.join(',') || ',' })} />
        </div>
      )}
      {preset?.description && (
        <Typography.Paragraph type="secondary" className="report-description">
          {preset.description}
        </Typography.Paragraph>
      )}

      {recorded && (
        <Alert
          className="report-recorded-note"
          type="info"
          showIcon
          message={`Số liệu như đã ghi nhận đến hết ngày ${formatDate(recorded)}`}
          description="Các sự kiện ghi nhận, hủy hay sửa sau ngày đó không được tính: đây là số liệu một báo cáo lập ngày đó đã có — biến động đảng viên và tổ chức, kiểm tra, kỷ luật, đảng phí, sinh hoạt chi bộ, đánh giá xếp loại, Huy hiệu Đảng, đào tạo bồi dưỡng, tuyên giáo, khen thưởng, phong trào thi đua, đơn vị văn hóa, văn bản cấp trên và việc thực hiện. Thuộc tính cá nhân (tuổi, trình độ…) và cấp ủy lấy theo dữ liệu hiện nay."
        />
      )}
      <LoadError error={catalogue.error ?? presets.error ?? answer.error} />
      {!orgId && <Empty description="Chọn một tổ chức đảng để xem báo cáo." />}
      {orgId && codes.length === 0 && <Empty description="Chọn ít nhất một chỉ tiêu." />}
      {ready && !shown && answer.loading && <Skeleton active paragraph={{ rows: 6 }} />}
      {ready && shown && (
        <>
          <Typography.Title level={5} className="report-heading">
            {shown.org.name} · {when(shown.at, shown.period)}
          </Typography.Title>
          {compare && (shown.previous_at || shown.previous_period) && (
            <Typography.Paragraph type="secondary" className="report-description">
              Cùng kỳ năm trước: {when(shown.previous_at, shown.previous_period)}
            </Typography.Paragraph>
          )}
          <IndicatorTable answer={shown} compare={compare} loading={answer.loading} onOpen={setFigure} />
          <Typography.Text type="secondary" className="report-hint">
            Bấm vào một số để xem danh sách đảng viên hoặc tổ chức tương ứng.
          </Typography.Text>
        </>
      )}
      <IndicatorPeopleDrawer
        figure={figure}
        query={{ at: query.at, period: query.period, from: query.from, to: query.to, recorded: query.recorded }}
        when={
          figure && indicators.find((i) => i.code === figure.value.code)?.shape === 'stock'
            ? `tại ngày ${formatDate(query.at)}`
            : periodWords(period.from, period.to)
        }
        onClose={() => setFigure(null)}
      />
      <FreezeModal
        open={freezing}
        orgId={orgId}
        query={query}
        suggestedTitle={`${preset?.label ?? 'Báo cáo số liệu'} ${periodWords(period.from, period.to)}`}
        onClose={() => setFreezing(false)}
        onSaved={(s) => {
          setFreezing(false);
          message.success(`Đã lưu báo cáo “${s.title}”. Xem ở thẻ “Báo cáo đã gửi”.`);
          onFrozen?.();
        }}
      />
    </>
  );
}
