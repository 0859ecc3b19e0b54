import type { ThemeConfig } from 'antd';

/** Party red as the primary colour; a dark red-brown side bar. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b91c1c',
    colorLink: '#b91c1c',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: {
      siderBg: '#3b0d0d',
      triggerBg: '#2a0808',
      headerBg: '#ffffff',
      headerPadding: '0 24px',
      bodyBg: '#f5f5f5',
    },
    Menu: {
      darkItemBg: '#3b0d0d',
      darkSubMenuItemBg: '#2a0808',
      darkItemSelectedBg: '#b91c1c',
    },
  },
};
