// The minutes (biên bản) of a meeting: download, and upload (PDF, .docx, JPEG, PNG; ≤ 5 MB).
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage, saveDownload } from '../../../shared/api/client';
import { formatNumber } from '../../../shared/lib/format';
import { downloadMinutes, uploadMinutes } from '../api';
import type { Meeting } from '../types';

const MAX_BYTES = 5 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function MinutesCard({ meeting, canWrite, onSaved }: { meeting: Meeting; canWrite: boolean; onSaved: (m: Meeting) => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      message.error('Tệp biên bản lớn quá 5 MB.');
      return;
    }
    setBusy(true);
    try {
      onSaved(await uploadMinutes(meeting.id, file.name, await readBase64(file)));
      message.success('Đã tải lên biên bản.');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Biên bản">
      <Space direction="vertical" style={{ width: '100%' }}>
        {meeting.minutes_name ? (
          <Space wrap>
            <Typography.Text>
              {meeting.minutes_name} ({formatNumber(Math.ceil(meeting.minutes_size / 1024))} KB)
            </Typography.Text>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => downloadMinutes(meeting.id).then(saveDownload, (err: unknown) => message.error(errorMessage(err)))}
            >
              Tải xuống
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">Chưa có biên bản.</Typography.Text>
        )}
        {canWrite && (
          <Upload
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {meeting.minutes_name ? 'Thay biên bản' : 'Tải lên biên bản'}
            </Button>
          </Upload>
        )}
      </Space>
    </Card>
  );
}
