import { Route } from '@angular/router';
import { PERMISSIONS } from '@datenlotse/contracts';
import { permissionGuard } from '../core/guards';
import { Shell } from './shell';

export const shellRoutes: Route[] = [
  {
    path: '',
    component: Shell,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.start',
        loadComponent: () => import('../start/start-page').then((m) => m.StartPage),
      },
      {
        path: 'organisation',
        title: 'nav.organisation',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.departmentsRead },
        loadComponent: () => import('../organisation/organisation-page').then((m) => m.OrganisationPage),
      },
      {
        path: 'organisation/:id',
        title: 'nav.organisation',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.departmentsRead },
        loadComponent: () => import('../department/department-page').then((m) => m.DepartmentPage),
      },
      {
        path: 'tasks',
        title: 'tasks.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.tasksRead },
        loadComponent: () => import('../tasks/my-tasks-page').then((m) => m.MyTasksPage),
      },
      {
        path: 'import',
        title: 'import.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.importsWrite },
        loadComponent: () => import('../imports/import-page').then((m) => m.ImportPage),
      },
      {
        path: 'admin/users',
        title: 'nav.users',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.usersRead },
        loadComponent: () => import('../users/users-page').then((m) => m.UsersPage),
      },
      {
        path: '**',
        title: 'notFound.title',
        loadComponent: () => import('../not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
