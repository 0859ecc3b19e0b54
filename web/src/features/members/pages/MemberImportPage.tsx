import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, WarningOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Result,
  Row,
  Segmented,
  Statistic,
  Steps,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, download, errorMessage, saveDownload } from '../../../shared/api/client';
import { commitMemberImport, previewMemberImport } from '../api';
import type { FieldProblem } from '../../../shared/api/types';
import type { ImportFile, ImportPreview, ImportRow } from '../types';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useMeta } from '../../../shared/hooks/useMeta';
import { fieldPath } from '../../../shared/lib/forms';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { useSubmit } from '../../../shared/hooks/useSubmit';
import { formatNumber } from '../../../shared/lib/format';
import { fieldLabel, sexLabel, theoryLevelLabel } from '../lib';

const ACCEPT = '.xlsx,.csv';
/** The server's limits per file (20 MB, 50.000 rows); larger files are refused there too. */
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 50_000;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

type Filter = 'all' | 'invalid' | 'valid';

/** The server's refusal of a commit, per row: "rows[5].birth_date" → row 5. */
function rowProblems(err: unknown): Map<number, FieldProblem[]> {
  const out = new Map<number, FieldProblem[]>();
  if (!(err instanceof ApiError)) return out;
  for (const e of err.fieldErrors) {
    const path = fieldPath(e.field);
    if (path[0] !== 'rows' || typeof path[1] !== 'number') continue;
    const list = out.get(path[1]) ?? [];
    list.push({ field: String(path[2] ?? ''), message: e.message });
    out.set(path[1], list);
  }
  return out;
}

/** /dang-vien/nhap — import members from an Excel or CSV file: choose, check, import. */
export default function MemberImportPage() {
  const navigate = useNavigate();
  const { meta } = useMeta();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [orgId, setOrgId] = useState<number | undefined>(undefined);
  const [payload, setPayload] = useState<ImportFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [filter, setFilter] = useState<Filter>('all');
  const { busy, problem, setProblem, run } = useSubmit();
  const say = (text: string | null) => setProblem(text ? { detail: text } : null);
  const [refused, setRefused] = useState<Map<number, FieldProblem[]>>(new Map());
  const [imported, setImported] = useState<number | null>(null);

  // The rows loaded so far (pages of up to 1.000); counts and "skip all bad rows" use the
  // whole file's figures from the server.
  const rows = preview?.rows ?? [];
  const invalidRows = (preview?.invalid_rows ?? []).map((row) => ({ row }));
  const pendingInvalid = invalidRows.filter((r) => !excluded.has(r.row)).length;
  const totalRows = preview?.total_rows ?? rows.length;
  // What a commit would write: rows neither skipped nor in error (while a bad row is not
  // skipped the file is refused as a whole, so the button waits).
  const toImport = totalRows - excluded.size - pendingInvalid;
  const allBadExcluded = invalidRows.length > 0 && pendingInvalid === 0;

  const runPreview = async () => {
    if (!file) {
      say('Hãy chọn tệp Excel (.xlsx) hoặc CSV.');
      return;
    }
    await run(async () => {
      const body: ImportFile = { filename: file.name, content_base64: await readBase64(file), org_id: orgId };
      const result = await previewMemberImport(body);
      setPayload(body);
      setPreview(result);
      setExcluded(new Set());
      setRefused(new Map());
      setFilter(result.invalid > 0 ? 'invalid' : 'all');
      setStep(1);
    });
  };

  const loadMore = async () => {
    if (!payload || !preview || preview.next_offset === null) return;
    const from = preview;
    const offset = preview.next_offset;
    await run(
      async () => {
        const page = await previewMemberImport({ ...payload, rows_offset: offset });
        setPreview({ ...page, rows: [...from.rows, ...page.rows] });
      },
      { keepProblem: true },
    );
  };

  const runCommit = async () => {
    if (!payload) return;
    setRefused(new Map());
    await run(async () => {
      try {
        const result = await commitMemberImport({ ...payload, exclude_rows: [...excluded].sort((a, b) => a - b) });
        setImported(result.imported);
        setStep(2);
      } catch (err) {
        // Refused rows are marked in the table, with one sentence above it; other errors as usual.
        const byRow = rowProblems(err);
        setRefused(byRow);
        if (byRow.size === 0) throw err;
        setFilter('invalid');
        say(
          `Chưa nhập dòng nào: còn ${formatNumber(byRow.size)} dòng có lỗi (${[...byRow.keys()]
            .sort((a, b) => a - b)
            .map((r) => `dòng ${r}`)
            .join(', ')}). Hãy sửa tệp rồi tải lên lại, hoặc đánh dấu “Bỏ qua” các dòng này.`,
        );
      }
    });
  };

  const restart = () => {
    setStep(0);
    setFile(null);
    setPayload(null);
    setPreview(null);
    setImported(null);
    setProblem(null);
    setRefused(new Map());
  };

  const toggle = (row: number, on: boolean) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (on) next.add(row);
      else next.delete(row);
      return next;
    });

  /** Errors of a row: the preview's, and any new ones the server gave when it refused the commit. */
  const errorsOf = (r: ImportRow): FieldProblem[] => {
    const more = (refused.get(r.row) ?? [])
      .map((e) => ({ ...e, message: e.message.replace(/^Dòng \d+:\s*/, '') }))
      .filter((e) => !r.errors.some((x) => x.field === e.field && x.message === e.message));
    return [...r.errors, ...more];
  };

  const mapped = (preview?.columns ?? []).filter((c) => c.field);
  const columns: TableColumnsType<ImportRow> = [
    {
      title: 'Bỏ qua',
      key: 'exclude',
      width: 72,
      fixed: 'left',
      align: 'center',
      render: (_, r) => (
        <Checkbox
          checked={excluded.has(r.row)}
          onChange={(e) => toggle(r.row, e.target.checked)}
          aria-label={`Bỏ qua dòng ${r.row}`}
        />
      ),
    },
    { title: 'Dòng', dataIndex: 'row', key: 'row', width: 64, fixed: 'left' },
    ...mapped.map((c) => ({
      title: fieldLabel(meta, c.field!),
      key: c.field!,
      width: c.field === 'full_name' ? 180 : 130,
      ellipsis: { showTitle: false },
      render: (_: unknown, r: ImportRow) => {
        const raw = r.values[c.field!] ?? '';
        // Codes the server may have normalized to, shown by their Vietnamese names.
        const value =
          c.field === 'sex'
            ? sexLabel(raw)
            : c.field === 'theory_level'
              ? theoryLevelLabel(meta, raw)
              : raw.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
        const errs = errorsOf(r).filter((e) => e.field === c.field);
        return errs.length > 0 ? (
          <Tooltip title={errs.map((e) => e.message).join(' ')}>
            <span className="import-cell-error">{value || '(trống)'}</span>
          </Tooltip>
        ) : (
          <Tooltip title={value}>{value}</Tooltip>
        );
      },
    })),
    {
      title: 'Kiểm tra',
      key: 'check',
      width: 110,
      fixed: 'right',
      render: (_, r) =>
        errorsOf(r).length === 0 ? (
          <Tag color="green" icon={<CheckCircleOutlined />}>
            Hợp lệ
          </Tag>
        ) : (
          <Tag color="red" icon={<WarningOutlined />}>
            {formatNumber(errorsOf(r).length)} lỗi
          </Tag>
        ),
    },
  ];

  const shown = rows.filter((r) =>
    filter === 'all' ? true : filter === 'invalid' ? errorsOf(r).length > 0 : errorsOf(r).length === 0,
  );

  const downloadTemplate = (format: 'xlsx' | 'csv') => {
    download('/api/members/import/template', { format }, `mau-nhap-dang-vien.${format}`)
      .then(saveDownload)
      .catch((err: unknown) => say(errorMessage(err)));
  };

  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/dang-vien">Đảng viên</Link> }, { title: 'Nhập từ tệp' }]}
      />
      <PageTitle title="Nhập đảng viên từ tệp" />
      <Card>
        <Steps
          current={step}
          items={[{ title: 'Chọn tệp' }, { title: 'Kiểm tra dữ liệu' }, { title: 'Kết quả' }]}
          style={{ maxWidth: 760, margin: '0 auto 32px' }}
        />
        <ProblemAlert problem={problem} />

        {step === 0 && (
          <Row gutter={[32, 24]}>
            <Col xs={24} lg={14}>
              <Form layout="vertical">
                <Form.Item label="Tệp dữ liệu" required>
                  <Upload.Dragger
                    accept={ACCEPT}
                    maxCount={1}
                    fileList={
                      file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' as const }] : []
                    }
                    beforeUpload={(f) => {
                      const ok = /\.(xlsx|csv)$/i.test(f.name);
                      if (!ok) say('Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).');
                      else if (f.size > MAX_BYTES) say('Tệp lớn hơn 20 MB: hãy chia thành nhiều tệp nhỏ hơn.');
                      else {
                        setProblem(null);
                        setFile(f);
                      }
                      return Upload.LIST_IGNORE;
                    }}
                    onRemove={() => setFile(null)}
                  >
                    <p className="ant-upload-drag-icon">
                      <InboxOutlined />
                    </p>
                    <p className="ant-upload-text">Kéo thả tệp vào đây hoặc bấm để chọn tệp</p>
                    <p className="ant-upload-hint">
                      Tệp Excel (.xlsx) hoặc CSV (UTF-8), dòng đầu là tiêu đề cột, mỗi tệp tối đa {formatNumber(MAX_BYTES / 1024 / 1024)} MB
                      và {formatNumber(MAX_ROWS)} dòng.
                    </p>
                  </Upload.Dragger>
                </Form.Item>
                <Form.Item
                  label="Chi bộ mặc định"
                  htmlFor="import-org"
                  extra="Dùng cho các dòng không ghi cột “Chi bộ” (tên hoặc mã chi bộ)."
                >
                  <OrgTreeSelect id="import-org" branchOnly allowClear value={orgId} onChange={setOrgId} />
                </Form.Item>
                <Flex justify="flex-end">
                  <Button type="primary" loading={busy} disabled={!file} onClick={() => void runPreview()}>
                    Tiếp tục: kiểm tra dữ liệu
                  </Button>
                </Flex>
              </Form>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title="Cột được nhận" className="import-help">
                <Typography.Paragraph type="secondary">
                  Dòng đầu của tệp là tiêu đề cột; các cột có tiêu đề dưới đây được nhận, cột khác được bỏ qua.
                </Typography.Paragraph>
                <Flex wrap gap={6}>
                  <Tag>Chi bộ</Tag>
                  {(meta?.member_fields ?? []).map((f) => (
                    <Tag key={f.name}>{f.label}</Tag>
                  ))}
                </Flex>
                <Flex wrap gap={8} style={{ marginTop: 16 }}>
                  <Button icon={<DownloadOutlined />} onClick={() => downloadTemplate('xlsx')}>
                    Tải tệp mẫu Excel (.xlsx)
                  </Button>
                  <Button onClick={() => downloadTemplate('csv')}>Tệp mẫu CSV</Button>
                </Flex>
              </Card>
            </Col>
          </Row>
        )}

        {step === 1 && preview && (
          <>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col xs={12} md={6}>
                <Statistic title="Số dòng trong tệp" value={totalRows} groupSeparator="." />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Hợp lệ" value={preview.valid} groupSeparator="." valueStyle={{ color: '#389e0d' }} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Có lỗi" value={preview.invalid} groupSeparator="." valueStyle={{ color: preview.invalid ? '#cf1322' : undefined }} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Sẽ nhập" value={toImport} groupSeparator="." />
              </Col>
            </Row>
            <Flex wrap gap={6} align="center" style={{ marginBottom: 16 }}>
              <Typography.Text type="secondary">Tệp {payload?.filename}, các cột:</Typography.Text>
              {preview.columns.map((c) => (
                <Tooltip key={c.index} title={c.field ? `→ ${fieldLabel(meta, c.field)}` : 'Không nhận ra: bỏ qua'}>
                  <Tag color={c.field ? 'blue' : 'default'} style={c.field ? undefined : { textDecoration: 'line-through' }}>
                    {c.header || `(cột ${c.index + 1})`}
                  </Tag>
                </Tooltip>
              ))}
            </Flex>
            {pendingInvalid > 0 && (
              <Alert
                type="warning"
                showIcon
                icon={<WarningOutlined />}
                style={{ marginBottom: 16 }}
                message={`Còn ${formatNumber(pendingInvalid)} dòng có lỗi`}
                description="Tệp chỉ được nhập khi không còn dòng lỗi: sửa tệp rồi tải lên lại, hoặc đánh dấu “Bỏ qua” các dòng lỗi."
              />
            )}
            <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
              <Segmented<Filter>
                value={filter}
                onChange={setFilter}
                options={[
                  { value: 'all', label: `Tất cả (${formatNumber(rows.length)})` },
                  { value: 'invalid', label: `Có lỗi (${formatNumber(rows.filter((r) => errorsOf(r).length > 0).length)})` },
                  { value: 'valid', label: `Hợp lệ (${formatNumber(rows.filter((r) => errorsOf(r).length === 0).length)})` },
                ]}
              />
              <Checkbox
                checked={allBadExcluded}
                indeterminate={pendingInvalid > 0 && pendingInvalid < invalidRows.length}
                disabled={invalidRows.length === 0}
                onChange={(e) =>
                  setExcluded((prev) => {
                    const next = new Set(prev);
                    for (const r of invalidRows) {
                      if (e.target.checked) next.add(r.row);
                      else next.delete(r.row);
                    }
                    return next;
                  })
                }
              >
                Bỏ qua tất cả dòng có lỗi
              </Checkbox>
            </Flex>
            <Table<ImportRow>
              rowKey="row"
              size="small"
              columns={columns}
              dataSource={shown}
              scroll={{ x: 250 + mapped.length * 140 }}
              rowClassName={(r) => (excluded.has(r.row) ? 'import-row-excluded' : errorsOf(r).length > 0 ? 'import-row-error' : '')}
              expandable={{
                // Every bad row shows its errors below it, in full.
                expandedRowKeys: shown.filter((r) => errorsOf(r).length > 0).map((r) => r.row),
                showExpandColumn: false,
                expandedRowClassName: (r) => (excluded.has(r.row) ? 'import-row-excluded import-errors-row' : 'import-errors-row'),
                expandedRowRender: (r) => (
                  <ul className="import-errors">
                    {errorsOf(r).map((e, i) => (
                      <li key={i}>
                        Dòng {r.row}
                        {e.field && (
                          <>
                            {' – '}
                            <strong>{fieldLabel(meta, e.field)}</strong>
                          </>
                        )}
                        : {e.message}
                      </li>
                    ))}
                  </ul>
                ),
              }}
              pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              locale={{ emptyText: 'Không có dòng nào' }}
            />
            {preview.next_offset !== null && (
              <Flex justify="center" align="center" gap={12} style={{ marginTop: 12 }}>
                <Typography.Text type="secondary">
                  Đang hiện {formatNumber(rows.length)} trên {formatNumber(totalRows)} dòng.
                </Typography.Text>
                <Button loading={busy} onClick={() => void loadMore()}>
                  Xem thêm {formatNumber(Math.min(preview.rows_limit, totalRows - rows.length))} dòng
                </Button>
              </Flex>
            )}
            <Flex justify="space-between" gap={8} style={{ marginTop: 16 }}>
              <Button onClick={() => setStep(0)} disabled={busy}>
                Quay lại
              </Button>
              <Button type="primary" loading={busy} disabled={toImport <= 0 || pendingInvalid > 0} onClick={() => void runCommit()}>
                Nhập {formatNumber(toImport)} đảng viên
              </Button>
            </Flex>
          </>
        )}

        {step === 2 && (
          <Result
            status="success"
            title={`Đã nhập ${formatNumber(imported ?? 0)} đảng viên`}
            subTitle={
              excluded.size > 0 ? `${formatNumber(excluded.size)} dòng được bỏ qua theo lựa chọn của bạn.` : 'Mọi dòng trong tệp đã được nhập.'
            }
            extra={[
              <Button type="primary" key="list" onClick={() => navigate(orgId ? `/dang-vien?org_id=${orgId}` : '/dang-vien')}>
                Xem danh sách đảng viên
              </Button>,
              <Button key="again" onClick={restart}>
                Nhập tệp khác
              </Button>,
            ]}
          />
        )}
      </Card>
    </>
  );
}
