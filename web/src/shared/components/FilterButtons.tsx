// The two buttons of a filter bar: "Xóa bộ lọc" and "Lọc" (the form's submit).
import { Button, Flex } from 'antd';
import type { CSSProperties } from 'react';

export function FilterButtons({ onClear, style }: { onClear: () => void; style?: CSSProperties }) {
  return (
    <Flex gap={8} justify="flex-end" align="flex-end" style={style}>
      <Button onClick={onClear}>Xóa bộ lọc</Button>
      <Button type="primary" htmlType="submit">
        Lọc
      </Button>
    </Flex>
  );
}
