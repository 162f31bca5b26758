import { MigrationInterface, QueryRunner } from 'typeorm';

export class Interviews1795932488073 implements MigrationInterface {
  name = 'Interviews1795932488073';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM does not see a changed CHECK expression: tasks may now link to an interview.
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_link_check"');
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_link_check" CHECK (link_entity IS NULL OR link_entity IN ('department', 'contact', 'interaction', 'interview'))`,
    );
    await queryRunner.query(
      'CREATE TABLE "questionnaire_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "seed_key" text, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_00e269c6c69fff0cca8540993f2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "questionnaire_template_seed_key_idx" ON "questionnaire_template" ("municipality_id", "seed_key") WHERE seed_key IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "questionnaire_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "template_id" uuid NOT NULL, "number" integer NOT NULL, "status" text NOT NULL DEFAULT \'draft\', "definition" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, CONSTRAINT "questionnaire_version_published_check" CHECK ((status = \'published\') = (published_at IS NOT NULL)), CONSTRAINT "questionnaire_version_status_check" CHECK (status IN (\'draft\', \'published\')), CONSTRAINT "PK_563cc375d2213a2b6df8c9a4f9c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "questionnaire_version_one_draft_idx" ON "questionnaire_version" ("template_id") WHERE status = \'draft\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "questionnaire_version_number_idx" ON "questionnaire_version" ("template_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interview" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "department_id" uuid NOT NULL, "template_version_id" uuid NOT NULL, "status" text NOT NULL DEFAULT \'planned\', "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL DEFAULT \'90\', "location" text, "video_url" text, "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "completion_count" integer NOT NULL DEFAULT \'0\', "invitation_sent_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "created_by_user_id" uuid, CONSTRAINT "interview_duration_check" CHECK (duration_minutes BETWEEN 5 AND 600), CONSTRAINT "interview_cancel_check" CHECK ((status = \'cancelled\') = (cancel_reason IS NOT NULL)), CONSTRAINT "interview_status_check" CHECK (status IN (\'planned\', \'in_progress\', \'completed\', \'cancelled\')), CONSTRAINT "PK_44c49a4feadefa5c6fa78bfb7d1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "interview_version_idx" ON "interview" ("template_version_id") ');
    await queryRunner.query(
      'CREATE INDEX "interview_department_idx" ON "interview" ("department_id", "scheduled_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "interview_scheduled_idx" ON "interview" ("municipality_id", "scheduled_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interview_interviewer" ("interview_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_4a4c4c87607ad09398a27697dd7" PRIMARY KEY ("interview_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "interview_interviewer_user_idx" ON "interview_interviewer" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interview_invitee" ("interview_id" uuid NOT NULL, "contact_id" uuid NOT NULL, CONSTRAINT "PK_ef7af5d656f25c91547b9d61b6c" PRIMARY KEY ("interview_id", "contact_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "interview_invitee_contact_idx" ON "interview_invitee" ("contact_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interview_answer" ("interview_id" uuid NOT NULL, "question_key" text NOT NULL, "value" jsonb NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_user_id" uuid, CONSTRAINT "PK_2151d0abc402e99b92eb9cb4d91" PRIMARY KEY ("interview_id", "question_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "interview_note" ("interview_id" uuid NOT NULL, "section_key" text NOT NULL, "body" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_user_id" uuid, CONSTRAINT "PK_81f9fbf483864794ec1524efce1" PRIMARY KEY ("interview_id", "section_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "interview_outcome" ("interview_id" uuid NOT NULL, "kind" text NOT NULL, "source_key" text NOT NULL, "entity_id" uuid NOT NULL, CONSTRAINT "interview_outcome_kind_check" CHECK (kind IN (\'dataset\', \'objection\', \'agreement\', \'task\', \'interaction\')), CONSTRAINT "PK_859bebe08ea58afb4f27af29be1" PRIMARY KEY ("interview_id", "kind", "source_key"))',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_template" ADD CONSTRAINT "FK_b3683e7ba4374942263a3c3d036" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_version" ADD CONSTRAINT "FK_25eaa8cb5af3315e90b28d5cabe" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_version" ADD CONSTRAINT "FK_b2d6ab4c043125f961fea078e06" FOREIGN KEY ("template_id") REFERENCES "questionnaire_template"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_version" ADD CONSTRAINT "FK_5f88f453c25cb717d3cc641f0c1" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview" ADD CONSTRAINT "FK_de127d6c77ebc838e8bec337994" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview" ADD CONSTRAINT "FK_ac0a6d02c396abfd30354332c37" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview" ADD CONSTRAINT "FK_6d1f448a7ddb8d9b805158f1253" FOREIGN KEY ("template_version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview" ADD CONSTRAINT "FK_ead63ec0f41fee89cb546a43f9e" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_interviewer" ADD CONSTRAINT "FK_a6cea3ed99ad31af0d236d54478" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_interviewer" ADD CONSTRAINT "FK_c16b9500da1f698b02c1f5b1eca" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_invitee" ADD CONSTRAINT "FK_fb8edf7ad0376c3d00046621129" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_invitee" ADD CONSTRAINT "FK_c789a6d1926f671d42b4d3e3402" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_answer" ADD CONSTRAINT "FK_d5464cb9b6b0adb710f14330919" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_answer" ADD CONSTRAINT "FK_df2c38604b7ce30e0a592735213" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_note" ADD CONSTRAINT "FK_533d48b90c9438c245d1599fe3b" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_note" ADD CONSTRAINT "FK_f580ca39595f04e039f4ffde8f4" FOREIGN KEY ("updated_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_outcome" ADD CONSTRAINT "FK_58cea4b7994aa223ed0176664eb" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "interview_outcome" DROP CONSTRAINT "FK_58cea4b7994aa223ed0176664eb"',
    );
    await queryRunner.query('ALTER TABLE "interview_note" DROP CONSTRAINT "FK_f580ca39595f04e039f4ffde8f4"');
    await queryRunner.query('ALTER TABLE "interview_note" DROP CONSTRAINT "FK_533d48b90c9438c245d1599fe3b"');
    await queryRunner.query(
      'ALTER TABLE "interview_answer" DROP CONSTRAINT "FK_df2c38604b7ce30e0a592735213"',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_answer" DROP CONSTRAINT "FK_d5464cb9b6b0adb710f14330919"',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_invitee" DROP CONSTRAINT "FK_c789a6d1926f671d42b4d3e3402"',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_invitee" DROP CONSTRAINT "FK_fb8edf7ad0376c3d00046621129"',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_interviewer" DROP CONSTRAINT "FK_c16b9500da1f698b02c1f5b1eca"',
    );
    await queryRunner.query(
      'ALTER TABLE "interview_interviewer" DROP CONSTRAINT "FK_a6cea3ed99ad31af0d236d54478"',
    );
    await queryRunner.query('ALTER TABLE "interview" DROP CONSTRAINT "FK_ead63ec0f41fee89cb546a43f9e"');
    await queryRunner.query('ALTER TABLE "interview" DROP CONSTRAINT "FK_6d1f448a7ddb8d9b805158f1253"');
    await queryRunner.query('ALTER TABLE "interview" DROP CONSTRAINT "FK_ac0a6d02c396abfd30354332c37"');
    await queryRunner.query('ALTER TABLE "interview" DROP CONSTRAINT "FK_de127d6c77ebc838e8bec337994"');
    await queryRunner.query(
      'ALTER TABLE "questionnaire_version" DROP CONSTRAINT "FK_5f88f453c25cb717d3cc641f0c1"',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_version" DROP CONSTRAINT "FK_b2d6ab4c043125f961fea078e06"',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_version" DROP CONSTRAINT "FK_25eaa8cb5af3315e90b28d5cabe"',
    );
    await queryRunner.query(
      'ALTER TABLE "questionnaire_template" DROP CONSTRAINT "FK_b3683e7ba4374942263a3c3d036"',
    );
    await queryRunner.query('DROP TABLE "interview_outcome"');
    await queryRunner.query('DROP TABLE "interview_note"');
    await queryRunner.query('DROP TABLE "interview_answer"');
    await queryRunner.query('DROP INDEX "public"."interview_invitee_contact_idx"');
    await queryRunner.query('DROP TABLE "interview_invitee"');
    await queryRunner.query('DROP INDEX "public"."interview_interviewer_user_idx"');
    await queryRunner.query('DROP TABLE "interview_interviewer"');
    await queryRunner.query('DROP INDEX "public"."interview_scheduled_idx"');
    await queryRunner.query('DROP INDEX "public"."interview_department_idx"');
    await queryRunner.query('DROP INDEX "public"."interview_version_idx"');
    await queryRunner.query('DROP TABLE "interview"');
    await queryRunner.query('DROP INDEX "public"."questionnaire_version_number_idx"');
    await queryRunner.query('DROP INDEX "public"."questionnaire_version_one_draft_idx"');
    await queryRunner.query('DROP TABLE "questionnaire_version"');
    await queryRunner.query('DROP INDEX "public"."questionnaire_template_seed_key_idx"');
    await queryRunner.query('DROP TABLE "questionnaire_template"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_link_check"');
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_link_check" CHECK (link_entity IS NULL OR link_entity IN ('department', 'contact', 'interaction'))`,
    );
  }
}
