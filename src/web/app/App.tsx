import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
// antd's styles as one static stylesheet (zero runtime, below): generated at run time they took a
// third of the home screen's first second of main thread, component by component.
import 'antd/dist/antd.css';
import { queryClient } from '../api/query-client.ts';
import { useIsPhone } from '../components/use-is-phone.ts';
import { AppRoutes } from './router.tsx';
import { useLanguage } from './use-language.ts';

const token: ThemeConfig['token'] = { colorPrimary: '#b3261e', colorLink: '#b3261e', borderRadius: 6, fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" };
const layout = { headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56, siderBg: '#ffffff' };
const desktopTheme: ThemeConfig = { zeroRuntime: true, token, components: { Layout: layout } };
/** Phones: tighter cards, 40 px tree rows. */
const phoneTheme: ThemeConfig = { zeroRuntime: true, token, components: { Layout: { ...layout, headerPadding: '0 8px' }, Card: { bodyPadding: 12, bodyPaddingSM: 10 }, Tree: { titleHeight: 40 } } };

/** antd speaks the chosen language; phones get large (40 px) controls for fingers. */
function Localized({ children }: { children: ReactNode }) {
  const [language] = useLanguage();
  const isPhone = useIsPhone();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : viVN} componentSize={isPhone ? 'large' : 'middle'} theme={isPhone ? phoneTheme : desktopTheme}>
      {children}
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Localized>
        <AppRoutes />
      </Localized>
    </QueryClientProvider>
  );
}
