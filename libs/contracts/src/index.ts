export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/api';
export * from './lib/auth';
export * from './lib/users';
export * from './lib/departments';
export * from './lib/audit';
