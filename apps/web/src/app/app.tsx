import { RouterProvider } from 'react-router';
import { LocalizedAntd } from './localized-antd';
import { createAppRouter } from './router';

// The login page needs only antd's theme and texts around it: the Apollo client and the other
// providers come with the signed-in routes (signed-in-app.tsx; issue 12).
const router = createAppRouter();

export function App() {
  return (
    <LocalizedAntd>
      <RouterProvider router={router} />
    </LocalizedAntd>
  );
}
