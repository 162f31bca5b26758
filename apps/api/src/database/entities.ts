import { AuditEvent } from '../app/audit/audit-event.entity';
import { LoginFailure } from '../app/auth/login-attempt.entity';
import { Session } from '../app/auth/session.entity';
import { Department } from '../app/departments/department.entity';
import { Municipality } from '../app/municipalities/municipality.entity';
import { User } from '../app/users/user.entity';

/** Every entity of the schema; the migration drift check compares exactly these with the migrations. */
export const ENTITIES = [Municipality, Department, User, Session, LoginFailure, AuditEvent];
