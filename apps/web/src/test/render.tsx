import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, type RenderResult, render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach } from 'vitest';
import { BUTTON_CONFIG, THEME } from '../app/providers';
import { ensureFeatureSections, setupI18n } from '../i18n';

// Vitest runs without globals, so Testing Library cannot clean up by itself.
afterEach(() => cleanup());

/** Renders `ui` the way the app does: i18n (zh-CN), a fresh query client, antd theme, a router. */
type Rendered = RenderResult & { queryClient: QueryClient; router: ReturnType<typeof createMemoryRouter> };

export async function renderApp(ui: ReactElement, { path = '/' }: { path?: string } = {}): Promise<Rendered> {
  await setupI18n('zh-CN');
  await ensureFeatureSections();
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Number.POSITIVE_INFINITY },
      mutations: { retry: false },
    },
  });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={THEME} button={BUTTON_CONFIG}>
        <RouterProvider router={router} />
      </ConfigProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient, router };
}
