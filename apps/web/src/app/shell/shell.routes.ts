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
        path: 'datasets',
        title: 'datasets.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.datasetsRead },
        loadComponent: () => import('../datasets/datasets-page').then((m) => m.DatasetsPage),
      },
      {
        path: 'datasets/:id',
        title: 'datasets.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.datasetsRead },
        loadComponent: () => import('../datasets/dataset-page').then((m) => m.DatasetPage),
      },
      // Before any `interviews/:id`: "analysis" is no interview's id.
      {
        path: 'interviews/analysis',
        title: 'interviewAnalysis.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.interviewAnalysisRead },
        loadComponent: () =>
          import('../interviews/analysis/interview-analysis-page').then((m) => m.InterviewAnalysisPage),
      },
      {
        path: 'interviews/:id/protocol',
        title: 'interviewProtocol.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.interviewsRead },
        loadComponent: () =>
          import('../interviews/protocol/interview-protocol-page').then((m) => m.InterviewProtocolPage),
      },
      {
        path: 'interviews/:id/run',
        title: 'interviewRun.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.interviewsWrite },
        loadComponent: () => import('../interviews/run/interview-run-page').then((m) => m.InterviewRunPage),
      },
      {
        path: 'interviews',
        title: 'interviews.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.interviewsRead },
        loadComponent: () => import('../interviews/interviews-page').then((m) => m.InterviewsPage),
      },
      {
        path: 'interviews/:id',
        title: 'interviews.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.interviewsRead },
        loadComponent: () => import('../interviews/interview-page').then((m) => m.InterviewPage),
      },
      // Before `questionnaires/:id`: "versions" is no template's id.
      {
        path: 'questionnaires/versions/:versionId',
        title: 'questionnaires.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.questionnairesRead },
        loadComponent: () =>
          import('../questionnaires/questionnaire-editor').then((m) => m.QuestionnaireEditor),
      },
      {
        path: 'questionnaires',
        title: 'questionnaires.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.questionnairesRead },
        loadComponent: () =>
          import('../questionnaires/questionnaires-page').then((m) => m.QuestionnairesPage),
      },
      {
        path: 'questionnaires/:id',
        title: 'questionnaires.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.questionnairesRead },
        loadComponent: () =>
          import('../questionnaires/questionnaires-page').then((m) => m.QuestionnairesPage),
      },
      {
        path: 'tasks',
        title: 'tasks.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.tasksRead },
        loadComponent: () => import('../tasks/my-tasks-page').then((m) => m.MyTasksPage),
      },
      {
        path: 'deliveries',
        title: 'deliveries.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.deliveriesRead },
        loadComponent: () => import('../deliveries/deliveries-page').then((m) => m.DeliveriesPage),
      },
      {
        path: 'approvals',
        title: 'approvals.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.approvalsRead },
        loadComponent: () => import('../approvals/approvals-page').then((m) => m.ApprovalsPage),
      },
      {
        path: 'arguments',
        title: 'arguments.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.argumentsRead },
        loadComponent: () => import('../arguments/arguments-page').then((m) => m.ArgumentsPage),
      },
      {
        path: 'model-datasets',
        title: 'modelDatasets.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.modelDatasetsRead },
        loadComponent: () => import('../model-datasets/model-datasets-page').then((m) => m.ModelDatasetsPage),
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
        path: 'outbox',
        title: 'outbox.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.outboxRead },
        loadComponent: () => import('../outbox/outbox-page').then((m) => m.OutboxPage),
      },
      {
        path: 'admin/mail-templates',
        title: 'mailTemplates.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.mailTemplatesWrite },
        loadComponent: () => import('../mail-templates/mail-templates-page').then((m) => m.MailTemplatesPage),
      },
      {
        path: 'admin/mail-templates/:key/:locale',
        title: 'mailTemplates.title',
        canActivate: [permissionGuard],
        data: { permission: PERMISSIONS.mailTemplatesWrite },
        loadComponent: () =>
          import('../mail-templates/mail-template-editor').then((m) => m.MailTemplateEditor),
      },
      {
        path: '**',
        title: 'notFound.title',
        loadComponent: () => import('../not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
