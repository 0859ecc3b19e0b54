import { FileExcelOutlined, FileTextOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage, saveDownload } from '../../../shared/api/client';
import { exportMembers, listMembers } from '../api';
import type { ExportFormat, MemberQuery, Sex } from '../types';
import { useAuth } from '../../../shared/auth/useAuth';
import { MemberFilters, type MemberFilterParams } from '../components/MemberFilters';
import { MemberTable } from '../components/MemberTable';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useRemote } from '../../../shared/hooks/useRemote';
import { formatNumber } from '../../../shared/lib/format';
import { usePageParams } from '../../../shared/lib/paging';
import { LoadError } from '../../../shared/components/LoadError';

const FILTER_KEYS = [
  'org_id',
  'status',
  'sex',
  'ethnicity',
  'religion',
  'theory_level',
  'general_education',
  'age_from',
  'age_to',
  'admitted_year',
] as const;

function numberParam(params: URLSearchParams, key: string): number | undefined {
  const n = Number(params.get(key));
  return params.get(key) && Number.isFinite(n) ? n : undefined;
}

/** The filters as kept in the address bar. */
function filtersFrom(params: URLSearchParams): MemberFilterParams {
  return {
    org_id: numberParam(params, 'org_id'),
    status: params.get('status') || undefined,
    sex: (params.get('sex') as Sex | null) || undefined,
    ethnicity: params.get('ethnicity') || undefined,
    religion: params.get('religion') || undefined,
    theory_level: params.get('theory_level') || undefined,
    general_education: params.get('general_education') || undefined,
    age_from: numberParam(params, 'age_from'),
    age_to: numberParam(params, 'age_to'),
    admitted_year: numberParam(params, 'admitted_year'),
  };
}

export default function MembersPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { params, page, pageSize, update, pagination } = usePageParams();
  const q = params.get('q') ?? '';
  const filters = filtersFrom(params);
  const query: MemberQuery = { q: q || undefined, ...filters, page, page_size: pageSize };
  const { data, error, loading } = useRemote((signal) => listMembers(query, signal), JSON.stringify(query));
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const canEdit = can('member.write');

  const runExport = async (format: ExportFormat) => {
    setExporting(format);
    try {
      saveDownload(await exportMembers(format, query));
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      <PageTitle
        title="Đảng viên"
        extra={
          canEdit && (
            <Space wrap>
              <Button icon={<UploadOutlined />} onClick={() => navigate('/dang-vien/nhap')}>
                Nhập từ tệp
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/dang-vien/moi')}>
                Thêm đảng viên
              </Button>
            </Space>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Input.Search
          key={q}
          defaultValue={q}
          placeholder="Tìm theo tên (không dấu cũng được), số thẻ, CCCD…"
          aria-label="Tìm đảng viên"
          allowClear
          enterButton="Tìm kiếm"
          size="large"
          onSearch={(value) => update({ q: value.trim() })}
          style={{ maxWidth: 640, marginBottom: 16 }}
        />
        <MemberFilters
          value={filters}
          onChange={(f) => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, f[k]])))}
        />
      </Card>
      <Card
        title={
          <Typography.Text>
            {data ? `Tìm thấy ${formatNumber(data.total)} đảng viên` : 'Danh sách đảng viên'}
          </Typography.Text>
        }
        extra={
          <Space wrap>
            <Button icon={<FileExcelOutlined />} loading={exporting === 'xlsx'} onClick={() => void runExport('xlsx')}>
              Xuất Excel
            </Button>
            <Button icon={<FileTextOutlined />} loading={exporting === 'csv'} onClick={() => void runExport('csv')}>
              Xuất CSV
            </Button>
          </Space>
        }
      >
        <LoadError error={error} />
        <MemberTable
          items={data?.items ?? []}
          loading={loading}
          emptyText={q ? `Không tìm thấy đảng viên nào khớp “${q}”` : undefined}
          pagination={pagination(data?.total, {
            showTotal: (total, range) => `${formatNumber(range[0])}–${formatNumber(range[1])} trong ${formatNumber(total)} đảng viên`,
          })}
        />
      </Card>
    </>
  );
}
