import {
  APPROVAL_DECIDED_VIA,
  APPROVAL_STATUSES,
  ApprovalDecidedVia,
  ApprovalStatus,
} from '@datenlotse/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { sqlList } from '../../common/sql';
import { Contact } from '../contacts/contact.entity';
import { Dataset } from '../datasets/dataset.entity';
import { Department } from '../departments/department.entity';
import { MunicipalityOwnedEntity } from '../municipalities/municipality-owned.entity';
import { User } from '../users/user.entity';

/** The team asks the head of a dataset's department to release it; decided in the app or by mail link. */
@Entity('approval_request')
@Check('approval_request_status_check', `status IN (${sqlList(APPROVAL_STATUSES)})`)
@Check(
  'approval_request_via_check',
  `decided_via IS NULL OR decided_via IN (${sqlList(APPROVAL_DECIDED_VIA)})`,
)
@Index('approval_request_dataset_idx', ['datasetId', 'status'])
@Index('approval_request_department_idx', ['departmentId', 'status'])
@Index('approval_request_pending_idx', ['municipalityId', 'status', 'createdAt'])
export class ApprovalRequest extends MunicipalityOwnedEntity {
  @Column({ name: 'dataset_id', type: 'uuid' })
  datasetId!: string;

  @ManyToOne(() => Dataset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id' })
  dataset?: Dataset;

  /** The dataset's department when the request was made: who may decide. */
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ name: 'requested_by_user_id', type: 'uuid', nullable: true })
  requestedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_user_id' })
  requestedBy?: User;

  @Column({ name: 'approver_contact_id', type: 'uuid', nullable: true })
  approverContactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approver_contact_id' })
  approverContact?: Contact;

  @Column({ name: 'approver_user_id', type: 'uuid', nullable: true })
  approverUserId!: string | null;

  @Column({ type: 'text', default: 'pending' })
  status!: ApprovalStatus;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** sha256 (hex) of the link's token; the token itself is only in the mail. */
  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  /**
   * The hashes of the links in earlier mails: a reminder brings a new link, and the first mail's link keeps
   * working until the request is decided, withdrawn or expired.
   */
  @Column({ name: 'earlier_token_hashes', type: 'text', array: true, default: () => "'{}'" })
  earlierTokenHashes!: string[];

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_via', type: 'text', nullable: true })
  decidedVia!: ApprovalDecidedVia | null;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId!: string | null;
}
