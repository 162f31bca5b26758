import { SetMetadata } from '@nestjs/common';
import { Permission } from '@datenlotse/contracts';

export const PERMISSION_KEY = 'datenlotse:permission';
export const PUBLIC = 'public' as const;

/** Declares the permission an endpoint needs; the global guard refuses endpoints that declare none. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** Declares an endpoint open to visitors who are not signed in. */
export const Public = () => SetMetadata(PERMISSION_KEY, PUBLIC);
