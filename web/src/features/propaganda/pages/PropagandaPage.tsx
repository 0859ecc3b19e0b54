// "Công tác tuyên giáo": for a subtree and a year, the figures (Tổng hợp) and the records by
// kind — study sessions on resolutions, online conferences, contests, public-opinion reports,
// Directive 05 models, public-opinion collaborators — each tab in the URL (?tab=).
import { Card, Col, Form, InputNumber, Row, Tabs } from 'antd';
import { useAuth } from '../../../shared/auth/useAuth';
import { OrgTreeSelect } from '../../../shared/components/OrgTreeSelect';
import { PageTitle } from '../../../shared/components/PageTitle';
import { usePageParams } from '../../../shared/lib/paging';
import { ActivityTab } from '../components/ActivityTab';
import { CollaboratorsTab, ModelsTab } from '../components/MovementTabs';
import { SummaryTab } from '../components/SummaryTab';

export default function PropagandaPage() {
  const { user } = useAuth();
  const { params, update } = usePageParams();
  const orgId = Number(params.get('org')) || user?.org_id || 0;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const tab = params.get('tab') ?? 'tong-hop';
  const items = orgId
    ? [
        { key: 'tong-hop', label: 'Tổng hợp', children: <SummaryTab orgId={orgId} year={year} /> },
        { key: 'hoc-tap', label: 'Học tập nghị quyết', children: <ActivityTab orgId={orgId} year={year} kind="study_session" /> },
        { key: 'hoi-nghi', label: 'Hội nghị trực tuyến', children: <ActivityTab orgId={orgId} year={year} kind="online_conference" /> },
        { key: 'cuoc-thi', label: 'Cuộc thi', children: <ActivityTab orgId={orgId} year={year} kind="contest" /> },
        { key: 'du-luan', label: 'Dư luận xã hội', children: <ActivityTab orgId={orgId} year={year} kind="opinion_report" /> },
        { key: 'chi-thi-05', label: 'Chỉ thị 05', children: <ModelsTab orgId={orgId} year={year} /> },
        { key: 'cong-tac-vien', label: 'Cộng tác viên', children: <CollaboratorsTab orgId={orgId} /> },
      ]
    : [];
  return (
    <>
      <PageTitle title="Công tác tuyên giáo" />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" className="filter-form">
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item label="Tổ chức đảng">
                <OrgTreeSelect value={orgId || undefined} onChange={(v) => update({ org: v })} aria-label="Tổ chức đảng" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Năm">
                <InputNumber value={year} min={1930} max={2200} style={{ width: '100%' }} aria-label="Năm" onChange={(v) => update({ year: v ?? undefined })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card>
        <Tabs activeKey={tab} onChange={(k) => update({ tab: k })} items={items} destroyInactiveTabPane />
      </Card>
    </>
  );
}
