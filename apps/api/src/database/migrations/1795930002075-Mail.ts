import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mail1795930002075 implements MigrationInterface {
  name = 'Mail1795930002075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "approval_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "dataset_id" uuid NOT NULL, "department_id" uuid NOT NULL, "requested_by_user_id" uuid, "approver_contact_id" uuid, "approver_user_id" uuid, "status" text NOT NULL DEFAULT \'pending\', "message" text, "comment" text, "token_hash" text NOT NULL, "earlier_token_hashes" text array NOT NULL DEFAULT \'{}\', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_via" text, "decided_by_user_id" uuid, CONSTRAINT "UQ_d35262d7108ff182965e08f1575" UNIQUE ("token_hash"), CONSTRAINT "approval_request_via_check" CHECK (decided_via IS NULL OR decided_via IN (\'app\', \'email_link\')), CONSTRAINT "approval_request_status_check" CHECK (status IN (\'pending\', \'approved\', \'rejected\', \'changes_requested\', \'expired\', \'withdrawn\')), CONSTRAINT "PK_7ec7f6581285148e265d3415327" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "approval_request_pending_idx" ON "approval_request" ("municipality_id", "status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "approval_request_department_idx" ON "approval_request" ("department_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "approval_request_dataset_idx" ON "approval_request" ("dataset_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "key" text NOT NULL, "locale" text NOT NULL, "subject" text NOT NULL, "html" text NOT NULL, "text_body" text NOT NULL, "customised" boolean NOT NULL DEFAULT false, CONSTRAINT "mail_template_locale_check" CHECK (locale IN (\'de\', \'en\')), CONSTRAINT "mail_template_key_check" CHECK (key IN (\'delivery_due_soon\', \'delivery_overdue\', \'task_due\', \'approval_request\', \'approval_decided\', \'approval_reminder\', \'interview_invitation\', \'interview_protocol\')), CONSTRAINT "PK_e80690939ad84bbfdbc97171f43" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "mail_template_key_idx" ON "mail_template" ("municipality_id", "key", "locale") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbox_mail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "template_key" text NOT NULL, "locale" text NOT NULL, "to_addresses" text array NOT NULL, "cc_addresses" text array NOT NULL DEFAULT \'{}\', "subject" text NOT NULL, "html" text NOT NULL, "text_body" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT \'[]\', "status" text NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "next_attempt_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" text NOT NULL, "entity" text, "entity_id" uuid, CONSTRAINT "UQ_a7a09308fb185ba1e47418608d7" UNIQUE ("idempotency_key"), CONSTRAINT "outbox_mail_locale_check" CHECK (locale IN (\'de\', \'en\')), CONSTRAINT "outbox_mail_template_check" CHECK (template_key IN (\'delivery_due_soon\', \'delivery_overdue\', \'task_due\', \'approval_request\', \'approval_decided\', \'approval_reminder\', \'interview_invitation\', \'interview_protocol\')), CONSTRAINT "outbox_mail_status_check" CHECK (status IN (\'pending\', \'sending\', \'sent\', \'failed\', \'cancelled\')), CONSTRAINT "PK_d209706daddb0762c743fb58634" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_mail_entity_idx" ON "outbox_mail" ("entity", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_mail_list_idx" ON "outbox_mail" ("municipality_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_mail_due_idx" ON "outbox_mail" ("status", "next_attempt_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" ADD CONSTRAINT "FK_3140d3be9335ec3a71ef9a294b1" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" ADD CONSTRAINT "FK_9d0b50af8191f05a72e93ad723c" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" ADD CONSTRAINT "FK_597282501bee645231c7a12dba0" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" ADD CONSTRAINT "FK_8015fdad479d9046e628364fcce" FOREIGN KEY ("requested_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" ADD CONSTRAINT "FK_12cff9c62036f7009c5a4940fe5" FOREIGN KEY ("approver_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "mail_template" ADD CONSTRAINT "FK_5056a20ba43ce082d045f629ddf" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outbox_mail" ADD CONSTRAINT "FK_75feda0138ff64ee8db21b86d3b" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_mail" DROP CONSTRAINT "FK_75feda0138ff64ee8db21b86d3b"');
    await queryRunner.query('ALTER TABLE "mail_template" DROP CONSTRAINT "FK_5056a20ba43ce082d045f629ddf"');
    await queryRunner.query(
      'ALTER TABLE "approval_request" DROP CONSTRAINT "FK_12cff9c62036f7009c5a4940fe5"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" DROP CONSTRAINT "FK_8015fdad479d9046e628364fcce"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" DROP CONSTRAINT "FK_597282501bee645231c7a12dba0"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" DROP CONSTRAINT "FK_9d0b50af8191f05a72e93ad723c"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_request" DROP CONSTRAINT "FK_3140d3be9335ec3a71ef9a294b1"',
    );
    await queryRunner.query('DROP INDEX "public"."outbox_mail_due_idx"');
    await queryRunner.query('DROP INDEX "public"."outbox_mail_list_idx"');
    await queryRunner.query('DROP INDEX "public"."outbox_mail_entity_idx"');
    await queryRunner.query('DROP TABLE "outbox_mail"');
    await queryRunner.query('DROP INDEX "public"."mail_template_key_idx"');
    await queryRunner.query('DROP TABLE "mail_template"');
    await queryRunner.query('DROP INDEX "public"."approval_request_dataset_idx"');
    await queryRunner.query('DROP INDEX "public"."approval_request_department_idx"');
    await queryRunner.query('DROP INDEX "public"."approval_request_pending_idx"');
    await queryRunner.query('DROP TABLE "approval_request"');
  }
}
