// Why a list or record could not be loaded, above where it would be shown; nothing while all is well.
import { Alert } from 'antd';
import { errorMessage } from '../api/client';

export function LoadError({ error, gap = 16 }: { error: unknown; /** Space below it (px); 0 for none. */ gap?: number }) {
  if (error == null) return null;
  return <Alert type="error" showIcon message={errorMessage(error)} style={gap ? { marginBottom: gap } : undefined} />;
}
