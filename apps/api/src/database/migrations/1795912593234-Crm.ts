import { MigrationInterface, QueryRunner } from 'typeorm';

export class Crm1795912593234 implements MigrationInterface {
  name = 'Crm1795912593234';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)',
      [
        'contact',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('german', coalesce(name, '') || ' ' || coalesce(title, '') || ' ' || coalesce(email, '')), 'A') || setweight(to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(title, '') || ' ' || coalesce(email, '')), 'A')",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "department_id" uuid NOT NULL, "name" text, "title" text, "email" text, "phone" text, "is_head" boolean NOT NULL DEFAULT false, "relationship" text NOT NULL DEFAULT \'cold\', "last_contact_at" TIMESTAMP WITH TIME ZONE, "legal_basis" text, "retain_until" date, "erased_at" TIMESTAMP WITH TIME ZONE, "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(\'german\', coalesce(name, \'\') || \' \' || coalesce(title, \'\') || \' \' || coalesce(email, \'\')), \'A\') || setweight(to_tsvector(\'simple\', coalesce(name, \'\') || \' \' || coalesce(title, \'\') || \' \' || coalesce(email, \'\')), \'A\')) STORED NOT NULL, CONSTRAINT "contact_name_check" CHECK (name IS NOT NULL OR erased_at IS NOT NULL), CONSTRAINT "contact_relationship_check" CHECK (relationship IN (\'personally_known\', \'introduced\', \'cold\')), CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "contact_email_idx" ON "contact" ("municipality_id", "email") ');
    await queryRunner.query(
      'CREATE INDEX "contact_department_idx" ON "contact" ("municipality_id", "department_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "import_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "kind" text NOT NULL, "file_name" text NOT NULL, "status" text NOT NULL DEFAULT \'uploaded\', "columns" jsonb NOT NULL, "rows" jsonb NOT NULL, "row_count" integer NOT NULL, "mapping" jsonb, "processed_rows" integer NOT NULL DEFAULT \'0\', "created" integer NOT NULL DEFAULT \'0\', "updated" integer NOT NULL DEFAULT \'0\', "error" text, "created_by_user_id" uuid, "finished_at" TIMESTAMP WITH TIME ZONE, "undone_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "import_batch_status_check" CHECK (status IN (\'uploaded\', \'running\', \'completed\', \'failed\', \'undone\')), CONSTRAINT "import_batch_kind_check" CHECK (kind IN (\'departments\', \'contacts\')), CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "import_batch_municipality_idx" ON "import_batch" ("municipality_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "import_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "import_id" uuid NOT NULL, "entity" text NOT NULL, "entity_id" uuid NOT NULL, "action" text NOT NULL, "before" jsonb, CONSTRAINT "PK_7cb4f3ff07ba70b0affacd863fd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "import_record_import_idx" ON "import_record" ("import_id") ');
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)',
      [
        'interaction',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('german', coalesce(summary, '')), 'A') || setweight(to_tsvector('simple', coalesce(summary, '')), 'A')",
      ],
    );
    await queryRunner.query(
      "CREATE TABLE \"interaction\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"municipality_id\" uuid NOT NULL, \"type\" text NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"summary\" text NOT NULL, \"created_by_user_id\" uuid, \"search\" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(summary, '')), 'A') || setweight(to_tsvector('simple', coalesce(summary, '')), 'A')) STORED NOT NULL, CONSTRAINT \"interaction_type_check\" CHECK (type IN ('meeting', 'call', 'email', 'talk', 'event', 'seminar', 'workshop', 'letter', 'note')), CONSTRAINT \"PK_9204371ccb2c9dab5428b406413\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query(
      'CREATE INDEX "interaction_occurred_idx" ON "interaction" ("municipality_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interaction_department" ("interaction_id" uuid NOT NULL, "department_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f44a7ec50b6c526a27ed6f3a2e7" PRIMARY KEY ("interaction_id", "department_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "interaction_department_timeline_idx" ON "interaction_department" ("department_id", "occurred_at", "interaction_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interaction_contact" ("interaction_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4a6fa934a32475da45bd38972e1" PRIMARY KEY ("interaction_id", "contact_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "interaction_contact_idx" ON "interaction_contact" ("contact_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "interaction_user" ("interaction_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_a263641b42ed3cf14f1047c5aa0" PRIMARY KEY ("interaction_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "interaction_user_idx" ON "interaction_user" ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "title" text NOT NULL, "notes" text, "due_at" date, "assignee_user_id" uuid, "status" text NOT NULL DEFAULT \'open\', "link_entity" text, "link_id" uuid, "department_id" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, CONSTRAINT "task_link_check" CHECK (link_entity IS NULL OR link_entity IN (\'department\', \'contact\', \'interaction\')), CONSTRAINT "task_status_check" CHECK (status IN (\'open\', \'done\', \'cancelled\')), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "task_department_idx" ON "task" ("department_id", "status") ');
    await queryRunner.query(
      'CREATE INDEX "task_assignee_idx" ON "task" ("municipality_id", "assignee_user_id", "status", "due_at") ',
    );
    await queryRunner.query('ALTER TABLE "department" ADD "owner_user_id" uuid');
    await queryRunner.query('ALTER TABLE "department" ADD "tags" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query(
      'ALTER TABLE "department" ADD "derived_stage" text NOT NULL DEFAULT \'not_contacted\'',
    );
    await queryRunner.query('ALTER TABLE "department" ADD "stage_override" text');
    await queryRunner.query('ALTER TABLE "department" ADD "stage_override_reason" text');
    await queryRunner.query('ALTER TABLE "department" ADD "stage_override_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "department" ADD "stage_override_by" uuid');
    await queryRunner.query('ALTER TABLE "department" ADD "last_contact_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query(
      "ALTER TABLE \"department\" ADD \"search\" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') || setweight(to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') || setweight(to_tsvector('german', coalesce(notes, '')), 'D')) STORED NOT NULL",
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)',
      [
        'department',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('german', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') || setweight(to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') || setweight(to_tsvector('german', coalesce(notes, '')), 'D')",
      ],
    );
    await queryRunner.query('CREATE INDEX "department_owner_idx" ON "department" ("owner_user_id") ');
    await queryRunner.query(
      "ALTER TABLE \"department\" ADD CONSTRAINT \"department_stage_override_check\" CHECK (stage_override IS NULL OR (stage_override IN ('not_contacted', 'contacted', 'interview_scheduled', 'interviewed', 'agreement', 'delivering', 'publishing', 'paused') AND stage_override_reason <> ''))",
    );
    await queryRunner.query(
      "ALTER TABLE \"department\" ADD CONSTRAINT \"department_derived_stage_check\" CHECK (derived_stage IN ('not_contacted', 'contacted', 'interview_scheduled', 'interviewed', 'agreement', 'delivering', 'publishing', 'paused'))",
    );
    await queryRunner.query(
      'ALTER TABLE "department" ADD CONSTRAINT "FK_65bf012ec186ec83d078f120522" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contact" ADD CONSTRAINT "FK_9926bf15b1dcfa9e561a59b4634" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contact" ADD CONSTRAINT "FK_52140a762f3951163f9999e369b" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "import_batch" ADD CONSTRAINT "FK_fa32c56f657ab42cf52ec843895" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "import_record" ADD CONSTRAINT "FK_994bd1046d3fe5aa0ebf6ec17bf" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "import_record" ADD CONSTRAINT "FK_73941dcc8d0d30e206f9be7800e" FOREIGN KEY ("import_id") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction" ADD CONSTRAINT "FK_a9ece3aaca91c850c5d38ef2ab1" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction" ADD CONSTRAINT "FK_193ea50edea829ad5b9ae7ffc14" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_department" ADD CONSTRAINT "FK_5a3cf7239c9298cd77115122134" FOREIGN KEY ("interaction_id") REFERENCES "interaction"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_department" ADD CONSTRAINT "FK_703c69f46c3f64097f981884d93" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_contact" ADD CONSTRAINT "FK_8115155718660e30015f5bc9ef8" FOREIGN KEY ("interaction_id") REFERENCES "interaction"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_contact" ADD CONSTRAINT "FK_0e2ecfe7ed6bff802979a145478" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_user" ADD CONSTRAINT "FK_1e8d0e767e70b6dd9206bd9d6fb" FOREIGN KEY ("interaction_id") REFERENCES "interaction"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_user" ADD CONSTRAINT "FK_a328911af3226bb34cd758d1dcf" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "FK_638b08022eed7a68fb7bf1584d5" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "FK_d29ede4690b43955e89e3f02977" FOREIGN KEY ("assignee_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "FK_64ce32127871295868fa80d03ad" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Full-text search indexes: GIN, which TypeORM cannot declare (the entities mark them synchronize: false).
    await queryRunner.query('CREATE INDEX "department_search_idx" ON "department" USING GIN ("search")');
    await queryRunner.query('CREATE INDEX "contact_search_idx" ON "contact" USING GIN ("search")');
    await queryRunner.query('CREATE INDEX "interaction_search_idx" ON "interaction" USING GIN ("search")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "interaction_search_idx"');
    await queryRunner.query('DROP INDEX "contact_search_idx"');
    await queryRunner.query('DROP INDEX "department_search_idx"');
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "FK_64ce32127871295868fa80d03ad"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "FK_d29ede4690b43955e89e3f02977"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "FK_638b08022eed7a68fb7bf1584d5"');
    await queryRunner.query(
      'ALTER TABLE "interaction_user" DROP CONSTRAINT "FK_a328911af3226bb34cd758d1dcf"',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_user" DROP CONSTRAINT "FK_1e8d0e767e70b6dd9206bd9d6fb"',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_contact" DROP CONSTRAINT "FK_0e2ecfe7ed6bff802979a145478"',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_contact" DROP CONSTRAINT "FK_8115155718660e30015f5bc9ef8"',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_department" DROP CONSTRAINT "FK_703c69f46c3f64097f981884d93"',
    );
    await queryRunner.query(
      'ALTER TABLE "interaction_department" DROP CONSTRAINT "FK_5a3cf7239c9298cd77115122134"',
    );
    await queryRunner.query('ALTER TABLE "interaction" DROP CONSTRAINT "FK_193ea50edea829ad5b9ae7ffc14"');
    await queryRunner.query('ALTER TABLE "interaction" DROP CONSTRAINT "FK_a9ece3aaca91c850c5d38ef2ab1"');
    await queryRunner.query('ALTER TABLE "import_record" DROP CONSTRAINT "FK_73941dcc8d0d30e206f9be7800e"');
    await queryRunner.query('ALTER TABLE "import_record" DROP CONSTRAINT "FK_994bd1046d3fe5aa0ebf6ec17bf"');
    await queryRunner.query('ALTER TABLE "import_batch" DROP CONSTRAINT "FK_fa32c56f657ab42cf52ec843895"');
    await queryRunner.query('ALTER TABLE "contact" DROP CONSTRAINT "FK_52140a762f3951163f9999e369b"');
    await queryRunner.query('ALTER TABLE "contact" DROP CONSTRAINT "FK_9926bf15b1dcfa9e561a59b4634"');
    await queryRunner.query('ALTER TABLE "department" DROP CONSTRAINT "FK_65bf012ec186ec83d078f120522"');
    await queryRunner.query('ALTER TABLE "department" DROP CONSTRAINT "department_derived_stage_check"');
    await queryRunner.query('ALTER TABLE "department" DROP CONSTRAINT "department_stage_override_check"');
    await queryRunner.query('DROP INDEX "public"."department_owner_idx"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3',
      ['GENERATED_COLUMN', 'search', 'department'],
    );
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "search"');
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "last_contact_at"');
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "stage_override_by"');
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "stage_override_at"');
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "stage_override_reason"');
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "stage_override"');
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "derived_stage"');
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "tags"');
    await queryRunner.query('ALTER TABLE "department" DROP COLUMN "owner_user_id"');
    await queryRunner.query('DROP INDEX "public"."task_assignee_idx"');
    await queryRunner.query('DROP INDEX "public"."task_department_idx"');
    await queryRunner.query('DROP TABLE "task"');
    await queryRunner.query('DROP INDEX "public"."interaction_user_idx"');
    await queryRunner.query('DROP TABLE "interaction_user"');
    await queryRunner.query('DROP INDEX "public"."interaction_contact_idx"');
    await queryRunner.query('DROP TABLE "interaction_contact"');
    await queryRunner.query('DROP INDEX "public"."interaction_department_timeline_idx"');
    await queryRunner.query('DROP TABLE "interaction_department"');
    await queryRunner.query('DROP INDEX "public"."interaction_occurred_idx"');
    await queryRunner.query('DROP TABLE "interaction"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3',
      ['GENERATED_COLUMN', 'search', 'interaction'],
    );
    await queryRunner.query('DROP INDEX "public"."import_record_import_idx"');
    await queryRunner.query('DROP TABLE "import_record"');
    await queryRunner.query('DROP INDEX "public"."import_batch_municipality_idx"');
    await queryRunner.query('DROP TABLE "import_batch"');
    await queryRunner.query('DROP INDEX "public"."contact_department_idx"');
    await queryRunner.query('DROP INDEX "public"."contact_email_idx"');
    await queryRunner.query('DROP TABLE "contact"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3',
      ['GENERATED_COLUMN', 'search', 'contact'],
    );
  }
}
