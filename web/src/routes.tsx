import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from './features/auth/LoginPage';
import { AuditPage } from './features/audit/AuditPage';
import { LocationCreatePage } from './features/locations/LocationCreatePage';
import { LocationPage } from './features/locations/LocationPage';
import { LocationsPage } from './features/locations/LocationsPage';
import { NotAvailablePage } from './features/modules/NotAvailablePage';
import { NotFoundPage } from './features/modules/NotFoundPage';
import { ObjectCreatePage } from './features/objects/ObjectCreatePage';
import { ObjectPage } from './features/objects/ObjectPage';
import { ObjectsPage } from './features/objects/ObjectsPage';
import { GlobalSearch } from './features/persons/GlobalSearch';
import { PersonCreatePage } from './features/persons/PersonCreatePage';
import { PersonPage } from './features/persons/PersonPage';
import { PersonSearchPage } from './features/persons/PersonSearchPage';
import { MyWorkPage } from './features/work/MyWorkPage';
import { UsersPage } from './features/users/UsersPage';
import { Layout } from './platform/Layout';
import { MODULES } from './platform/modules';
import { RequireAuth } from './platform/RequireAuth';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout search={<GlobalSearch />} />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/work" replace /> },
      { path: 'work', element: <MyWorkPage /> },
      { path: 'people', element: <PersonSearchPage /> },
      { path: 'people/new', element: <PersonCreatePage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'locations', element: <LocationsPage /> },
      { path: 'locations/new', element: <LocationCreatePage /> },
      { path: 'locations/:id', element: <LocationPage /> },
      { path: 'objects', element: <ObjectsPage /> },
      { path: 'objects/new', element: <ObjectCreatePage /> },
      { path: 'objects/:id', element: <ObjectPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'admin/users', element: <UsersPage /> },
      ...MODULES.filter((m) => m.planned).map((m) => ({ path: m.path.slice(1), element: <NotAvailablePage module={m} /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
