// "In giấy tờ": the printable documents of a record (the server drafts them in the party's
// layout) offered as Word or PDF downloads from one button.
import { DownOutlined, FilePdfOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { download, errorMessage, saveDownload } from '../api/client';

export interface PrintableDocument {
  /** "Phiếu đảng viên (mẫu 2-HSĐV)" */
  label: string;
  /** The route of the form: /api/members/5/print/phieu-dang-vien */
  path: string;
  /** The file name without extension when the server sends none. */
  stem: string;
}

export function PrintMenu({ documents, label = 'In giấy tờ' }: { documents: PrintableDocument[]; label?: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (documents.length === 0) return null;

  const items: MenuProps['items'] = documents.flatMap((d, i) => [
    ...(i > 0 ? [{ type: 'divider' as const }] : []),
    { key: `${i}:docx`, icon: <FileWordOutlined aria-hidden />, label: `${d.label} — Word` },
    { key: `${i}:pdf`, icon: <FilePdfOutlined aria-hidden />, label: `${d.label} — PDF` },
  ]);

  const onClick: MenuProps['onClick'] = ({ key }) => {
    const [index, format] = key.split(':') as [string, 'docx' | 'pdf'];
    const doc = documents[Number(index)];
    if (!doc) return;
    setBusy(true);
    download(doc.path, { format }, `${doc.stem}.${format}`)
      .then(saveDownload)
      .catch((err: unknown) => message.error(errorMessage(err)))
      .finally(() => setBusy(false));
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button icon={<PrinterOutlined />} loading={busy}>
        {label} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
