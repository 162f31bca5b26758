import { deriveEngagementStage, EngagementStage } from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';

/** The records whose derived fields a change touched. */
export interface EngagementChange {
  departmentIds: Iterable<string>;
  contactIds?: Iterable<string>;
}

interface DepartmentFacts {
  id: string;
  derived_stage: EngagementStage;
  last_contact_at: Date | null;
  interview_scheduled: boolean;
  interviewed: boolean;
  agreement: boolean;
}

/**
 * Keeps the derived fields of departments and contacts in step with their records: the last contact (the
 * newest interaction that has taken place) and the department's derived engagement stage. Every module that
 * changes such records calls `refresh` in its own transaction, so the derived fields commit with the change.
 * The derived fields do not bump the record's version: they are not edited by anyone, and an interaction
 * logged meanwhile should not make someone's open edit form stale.
 */
@Injectable()
export class EngagementService {
  constructor(private readonly audit: AuditService) {}

  async refresh(manager: EntityManager, change: EngagementChange): Promise<void> {
    const municipalityId = requestContext.municipalityId();
    const contactIds = [...new Set(change.contactIds ?? [])];
    const departmentIds = [...new Set(change.departmentIds)];
    if (contactIds.length > 0) await this.refreshContacts(manager, municipalityId, contactIds);
    if (departmentIds.length > 0) await this.refreshDepartments(manager, municipalityId, departmentIds);
  }

  private async refreshContacts(
    manager: EntityManager,
    municipalityId: string,
    ids: string[],
  ): Promise<void> {
    await manager.query(
      `UPDATE contact c SET last_contact_at = (
         SELECT max(x.occurred_at) FROM interaction_contact x WHERE x.contact_id = c.id AND x.occurred_at <= now()
       )
       WHERE c.municipality_id = $1 AND c.id = ANY($2::uuid[])`,
      [municipalityId, ids],
    );
  }

  private async refreshDepartments(
    manager: EntityManager,
    municipalityId: string,
    ids: string[],
  ): Promise<void> {
    await manager.query(
      `UPDATE department d SET last_contact_at = (
         SELECT max(x.occurred_at) FROM interaction_department x
         WHERE x.department_id = d.id AND x.occurred_at <= now()
       )
       WHERE d.municipality_id = $1 AND d.id = ANY($2::uuid[])`,
      [municipalityId, ids],
    );
    const departments: DepartmentFacts[] = await manager.query(
      `SELECT d.id, d.derived_stage, d.last_contact_at,
         EXISTS (SELECT 1 FROM interview i WHERE i.department_id = d.id AND i.status IN ('planned', 'in_progress'))
           AS interview_scheduled,
         EXISTS (SELECT 1 FROM interview i WHERE i.department_id = d.id AND i.completion_count > 0) AS interviewed,
         EXISTS (SELECT 1 FROM interview i JOIN interview_outcome o ON o.interview_id = i.id AND o.kind = 'agreement'
                 WHERE i.department_id = d.id AND i.completion_count > 0) AS agreement
       FROM department d WHERE d.municipality_id = $1 AND d.id = ANY($2::uuid[])`,
      [municipalityId, ids],
    );
    for (const department of departments) {
      const stage = deriveEngagementStage(
        {
          contacted: department.last_contact_at !== null,
          interviewScheduled: department.interview_scheduled,
          interviewed: department.interviewed,
          agreement: department.agreement,
        },
        department.derived_stage,
      );
      if (stage !== department.derived_stage) await this.setDerivedStage(manager, department, stage);
    }
  }

  /** A stage change is a system event of the department: audited, so that its timeline shows it. */
  private async setDerivedStage(
    manager: EntityManager,
    department: DepartmentFacts,
    stage: EngagementStage,
  ): Promise<void> {
    await manager.query(`UPDATE department SET derived_stage = $2 WHERE id = $1`, [department.id, stage]);
    await this.audit.record(manager, {
      action: 'transition',
      entity: 'department',
      entityId: department.id,
      before: { derivedStage: department.derived_stage },
      after: { derivedStage: stage },
    });
  }
}
