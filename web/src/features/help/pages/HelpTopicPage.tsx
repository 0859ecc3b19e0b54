// One task of the guide: what it is for, the steps, the rules that govern it (as the rule set
// in force states them, with their sources), a screenshot, and where to start it.
import { ArrowRightOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Image, List, Result, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/components/PageTitle';
import { RuleNote } from '../../../shared/components/RuleNote';
import { HELP_TOPICS } from '../topics';

export default function HelpTopicPage() {
  const { slug } = useParams();
  const navigate = useNavigate();
  const [shot, setShot] = useState(true);
  const topic = HELP_TOPICS.find((t) => t.slug === slug);
  if (!topic) {
    return <Result status="404" title="Không có trang hướng dẫn này" extra={<Link to="/huong-dan">Về mục lục hướng dẫn</Link>} />;
  }
  return (
    <>
      <Breadcrumb className="page-breadcrumb" items={[{ title: <Link to="/huong-dan">Hướng dẫn</Link> }, { title: topic.title }]} />
      <PageTitle
        title={topic.title}
        extra={
          <Button type="primary" icon={<ArrowRightOutlined />} iconPosition="end" onClick={() => navigate(topic.start.to)}>
            {topic.start.label}
          </Button>
        }
      />
      <Card>
        <Typography.Paragraph type="secondary">{topic.who}</Typography.Paragraph>
        <Typography.Paragraph>{topic.summary}</Typography.Paragraph>
        <Steps direction="vertical" size="small" current={-1} items={topic.steps.map((s, i) => ({ title: `Bước ${i + 1}`, description: s }))} />
        {topic.rules && topic.rules.length > 0 && (
          <>
            <Typography.Title level={5}>Quy định áp dụng</Typography.Title>
            <List size="small" dataSource={topic.rules} renderItem={(r) => <List.Item><RuleNote rule={r} /></List.Item>} />
          </>
        )}
        {shot && (
          <Image
            src={`/help/${topic.slug}.png`}
            alt={`Màn hình: ${topic.title}`}
            className="help-shot"
            onError={() => setShot(false)}
            preview={{ mask: 'Xem lớn' }}
          />
        )}
      </Card>
    </>
  );
}
