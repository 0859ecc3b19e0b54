// Hướng dẫn sử dụng: the tasks of the guide, each with who does it and what it is for.
import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../../shared/components/PageTitle';
import { HELP_TOPICS } from '../topics';

export default function HelpIndexPage() {
  return (
    <>
      <PageTitle title="Hướng dẫn sử dụng" />
      <Row gutter={[16, 16]}>
        {HELP_TOPICS.map((t) => (
          <Col key={t.slug} xs={24} md={12} xl={8}>
            <Link to={`/huong-dan/${t.slug}`}>
              <Card hoverable title={t.title} size="small" className="help-card">
                <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                  {t.who}
                </Typography.Paragraph>
                <Typography.Paragraph style={{ marginBottom: 0 }}>{t.summary}</Typography.Paragraph>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
