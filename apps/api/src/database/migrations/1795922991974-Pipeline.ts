import { MigrationInterface, QueryRunner } from 'typeorm';

export class Pipeline1795922991974 implements MigrationInterface {
  name = 'Pipeline1795922991974';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)',
      [
        'model_dataset',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('german', coalesce(theme, '') || ' ' || coalesce(label, '') || ' ' || coalesce(description, '')), 'A') || setweight(to_tsvector('simple', coalesce(theme, '') || ' ' || coalesce(label, '') || ' ' || coalesce(description, '')), 'A')",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "model_dataset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "theme" text NOT NULL, "label" text NOT NULL, "description" text, "theme_en" text, "label_en" text, "publisher_count" integer NOT NULL DEFAULT \'0\', "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(\'german\', coalesce(theme, \'\') || \' \' || coalesce(label, \'\') || \' \' || coalesce(description, \'\')), \'A\') || setweight(to_tsvector(\'simple\', coalesce(theme, \'\') || \' \' || coalesce(label, \'\') || \' \' || coalesce(description, \'\')), \'A\')) STORED NOT NULL, CONSTRAINT "UQ_5cc4699400e7cbef4550318b506" UNIQUE ("key"), CONSTRAINT "PK_465e42b7c1db633a4242d3d0e71" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "model_dataset_theme_idx" ON "model_dataset" ("theme", "label") ');
    await queryRunner.query(
      'CREATE TABLE "model_dataset_publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "model_dataset_id" uuid, "source_model_name" text NOT NULL, "organisation" text NOT NULL, "title" text NOT NULL, "landing_page" text, "license" text, CONSTRAINT "PK_5a1add4683c8e2af3a1fa470305" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "model_dataset_publication_model_idx" ON "model_dataset_publication" ("model_dataset_id", "organisation") ',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)',
      [
        'dataset',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('german', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source_system, '')), 'A') || setweight(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source_system, '')), 'A')",
      ],
    );
    await queryRunner.query(
      "CREATE TABLE \"dataset\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"municipality_id\" uuid NOT NULL, \"title\" text NOT NULL, \"description\" text, \"department_id\" uuid NOT NULL, \"owner_user_id\" uuid, \"source_system\" text, \"formats\" text array NOT NULL DEFAULT '{}', \"accrual_periodicity\" text, \"license\" text, \"attribution_text\" text, \"contains_personal_data\" boolean NOT NULL DEFAULT false, \"classification\" text NOT NULL DEFAULT 'public', \"model_dataset_id\" uuid, \"demand_score\" integer NOT NULL DEFAULT '0', \"stage\" text NOT NULL DEFAULT 'identified', \"stage_changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"planned_publication_date\" date, \"portal_url\" text, \"portal_id\" text, \"published_at\" TIMESTAMP WITH TIME ZONE, \"last_updated_at\" TIMESTAMP WITH TIME ZONE, \"keywords\" text array NOT NULL DEFAULT '{}', \"themes\" text array NOT NULL DEFAULT '{}', \"contact_point_name\" text, \"contact_point_email\" text, \"temporal_start\" date, \"temporal_end\" date, \"landing_page\" text, \"completeness_score\" integer NOT NULL DEFAULT '0', \"unresolved_objections\" integer NOT NULL DEFAULT '0', \"upheld_objections\" integer NOT NULL DEFAULT '0', \"approval_granted\" boolean NOT NULL DEFAULT false, \"next_due_at\" date, \"created_by_user_id\" uuid, \"search\" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source_system, '')), 'A') || setweight(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source_system, '')), 'A')) STORED NOT NULL, CONSTRAINT \"dataset_periodicity_check\" CHECK (accrual_periodicity IS NULL OR accrual_periodicity IN ('CONT', 'DAILY', 'WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY', 'BIANNUAL', 'ANNUAL', 'BIENNIAL', 'IRREG', 'NEVER', 'UNKNOWN')), CONSTRAINT \"dataset_license_check\" CHECK (license IS NULL OR license IN ('dl-by-de/2.0', 'dl-zero-de/2.0', 'cc-by/4.0', 'cc-by-sa/4.0', 'cc-zero', 'odbl', 'other-open')), CONSTRAINT \"dataset_classification_check\" CHECK (classification IN ('public', 'internal', 'restricted')), CONSTRAINT \"dataset_stage_check\" CHECK (stage IN ('identified', 'in_clarification', 'agreed', 'delivery_scheduled', 'delivered', 'in_review', 'awaiting_approval', 'changes_requested', 'approved', 'published', 'maintained', 'on_hold', 'rejected', 'withdrawn')), CONSTRAINT \"PK_36c1c67adb3d1dd69ae57f18913\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query(
      'CREATE INDEX "dataset_due_idx" ON "dataset" ("municipality_id", "next_due_at") WHERE next_due_at IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX "dataset_owner_idx" ON "dataset" ("owner_user_id", "stage") ');
    await queryRunner.query(
      'CREATE INDEX "dataset_model_idx" ON "dataset" ("municipality_id", "model_dataset_id") ',
    );
    await queryRunner.query('CREATE INDEX "dataset_department_idx" ON "dataset" ("department_id", "stage") ');
    await queryRunner.query(
      'CREATE INDEX "dataset_stage_idx" ON "dataset" ("municipality_id", "stage", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "dataset_updated_idx" ON "dataset" ("municipality_id", "updated_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TABLE \"dataset_transition\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"municipality_id\" uuid NOT NULL, \"dataset_id\" uuid NOT NULL, \"from_stage\" text, \"to_stage\" text NOT NULL, \"reason\" text, \"actor_user_id\" uuid, \"via\" text NOT NULL DEFAULT 'app', \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"dataset_transition_via_check\" CHECK (via IN ('app', 'delivery', 'approval', 'interview', 'import')), CONSTRAINT \"dataset_transition_to_check\" CHECK (to_stage IN ('identified', 'in_clarification', 'agreed', 'delivery_scheduled', 'delivered', 'in_review', 'awaiting_approval', 'changes_requested', 'approved', 'published', 'maintained', 'on_hold', 'rejected', 'withdrawn')), CONSTRAINT \"PK_75dee011c196160055c23b0e32b\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query(
      'CREATE INDEX "dataset_transition_to_idx" ON "dataset_transition" ("municipality_id", "to_stage", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "dataset_transition_dataset_idx" ON "dataset_transition" ("dataset_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" text NOT NULL, CONSTRAINT "UQ_29b8f216ae4f5fdd5bcc8de8112" UNIQUE ("user_id"), CONSTRAINT "UQ_3a0b1d1c7619ea19ff1affaaf70" UNIQUE ("token_hash"), CONSTRAINT "REL_29b8f216ae4f5fdd5bcc8de811" UNIQUE ("user_id"), CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "dataset_id" uuid NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" date, "file_name" text, "url" text, "checksum" text, "note" text, "quality_check" text, "quality_note" text, "recorded_by_user_id" uuid, CONSTRAINT "delivery_quality_check" CHECK (quality_check IS NULL OR quality_check IN (\'passed\', \'failed\')), CONSTRAINT "PK_ffad7bf84e68716cd9af89003b0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "delivery_dataset_idx" ON "delivery" ("dataset_id", "received_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "delivery_agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "dataset_id" uuid NOT NULL, "contact_id" uuid, "method" text NOT NULL, "format" text, "schedule_kind" text NOT NULL, "start_date" date NOT NULL, "rrule" text, "next_due_at" date, "note" text, CONSTRAINT "UQ_94be193adf807d4f76ffeb30451" UNIQUE ("dataset_id"), CONSTRAINT "REL_94be193adf807d4f76ffeb3045" UNIQUE ("dataset_id"), CONSTRAINT "delivery_agreement_rrule_check" CHECK ((schedule_kind = \'rrule\') = (rrule IS NOT NULL)), CONSTRAINT "delivery_agreement_schedule_check" CHECK (schedule_kind IN (\'once\', \'weekly\', \'monthly\', \'quarterly\', \'yearly\', \'rrule\')), CONSTRAINT "delivery_agreement_method_check" CHECK (method IN (\'upload\', \'email\', \'file_share\', \'api\', \'export_from_system\')), CONSTRAINT "PK_a3acbee19d9d85fa0a5d6a55541" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "delivery_agreement_due_idx" ON "delivery_agreement" ("municipality_id", "next_due_at") WHERE next_due_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "argument" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "category" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "examples" text, "evidence" text, "model_dataset_id" uuid, "seed_key" text, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "argument_category_check" CHECK (category IN (\'critical_infrastructure\', \'privacy\', \'third_party_rights\', \'data_quality\', \'workload\', \'legal_basis\', \'political\', \'misuse\', \'commercial\', \'technical\', \'other\')), CONSTRAINT "PK_041c0a23d28548fe403b74f6252" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "argument_category_idx" ON "argument" ("municipality_id", "category") ',
    );
    await queryRunner.query(
      'CREATE TABLE "objection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "dataset_id" uuid, "department_id" uuid NOT NULL, "raised_by_contact_id" uuid, "category" text NOT NULL, "statement" text NOT NULL, "response" text, "status" text NOT NULL DEFAULT \'open\', "resolution_note" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, CONSTRAINT "objection_status_check" CHECK (status IN (\'open\', \'answered\', \'resolved_publishable\', \'resolved_partially\', \'upheld\')), CONSTRAINT "objection_category_check" CHECK (category IN (\'critical_infrastructure\', \'privacy\', \'third_party_rights\', \'data_quality\', \'workload\', \'legal_basis\', \'political\', \'misuse\', \'commercial\', \'technical\', \'other\')), CONSTRAINT "PK_f66a92a8254c445494f6cc3be60" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "objection_category_idx" ON "objection" ("municipality_id", "status", "category") ',
    );
    await queryRunner.query(
      'CREATE INDEX "objection_department_idx" ON "objection" ("department_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "objection_dataset_idx" ON "objection" ("dataset_id", "status") ');
    await queryRunner.query(
      'CREATE TABLE "objection_argument" ("objection_id" uuid NOT NULL, "argument_id" uuid NOT NULL, CONSTRAINT "PK_17238a590c67978ed554f396227" PRIMARY KEY ("objection_id", "argument_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "objection_argument_argument_idx" ON "objection_argument" ("argument_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "objection_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "objection_id" uuid NOT NULL, "author_user_id" uuid, "body" text NOT NULL, CONSTRAINT "PK_792e7946527406c46d3ee553f37" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "objection_comment_objection_idx" ON "objection_comment" ("objection_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "model_dataset_publication" ADD CONSTRAINT "FK_6ebe75d4619d1ca147c9e04f183" FOREIGN KEY ("model_dataset_id") REFERENCES "model_dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset" ADD CONSTRAINT "FK_b439a79ff047791bdb479ee4e07" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset" ADD CONSTRAINT "FK_f83d9f193b671bfd3329c879dcf" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset" ADD CONSTRAINT "FK_593a6e2f7e6621f68b51e9b13b3" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset" ADD CONSTRAINT "FK_19a6ac259223dbc2911d7912e48" FOREIGN KEY ("model_dataset_id") REFERENCES "model_dataset"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset_transition" ADD CONSTRAINT "FK_1a081c8c3e983109eb97e1d1f45" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset_transition" ADD CONSTRAINT "FK_435405c34446a41511dc7310b7a" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_cafe5fc9ad08b70bb6f9dd34d9b" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery" ADD CONSTRAINT "FK_d9df13953b8338905fa14a82ed6" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery" ADD CONSTRAINT "FK_3b3057ffaec323435019eda271f" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery" ADD CONSTRAINT "FK_2337d00abbf7b8796f0bded6eb5" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery_agreement" ADD CONSTRAINT "FK_8ad077ed9aefc08846e65b14cb2" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery_agreement" ADD CONSTRAINT "FK_94be193adf807d4f76ffeb30451" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery_agreement" ADD CONSTRAINT "FK_ecee79154ec8748c4e45e34a946" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "argument" ADD CONSTRAINT "FK_c0d212c352e9a6d6de0b3fa7c64" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "argument" ADD CONSTRAINT "FK_119e3a415bf157781032a794725" FOREIGN KEY ("model_dataset_id") REFERENCES "model_dataset"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection" ADD CONSTRAINT "FK_985642d8448bf0a86ed36973726" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection" ADD CONSTRAINT "FK_b6b67dbcb1fa63437885e372391" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection" ADD CONSTRAINT "FK_a54d65b2d65bfc76cd8e193989b" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection" ADD CONSTRAINT "FK_b7489b1cc2ca00c157a44984265" FOREIGN KEY ("raised_by_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_argument" ADD CONSTRAINT "FK_c2ff91fe89bf3321346e6791504" FOREIGN KEY ("objection_id") REFERENCES "objection"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_argument" ADD CONSTRAINT "FK_9bdc122f79dd63452851fa60fa5" FOREIGN KEY ("argument_id") REFERENCES "argument"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_comment" ADD CONSTRAINT "FK_165459046964fe8af2bf22c34da" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_comment" ADD CONSTRAINT "FK_32ce93006be991e4ac525605b5a" FOREIGN KEY ("objection_id") REFERENCES "objection"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_comment" ADD CONSTRAINT "FK_f4a0c4ac0dc8fa6e1bbf312df45" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    // Full-text search indexes: GIN, which TypeORM cannot declare (the entities mark them synchronize: false).
    await queryRunner.query('CREATE INDEX "dataset_search_idx" ON "dataset" USING GIN ("search")');
    await queryRunner.query(
      'CREATE INDEX "model_dataset_search_idx" ON "model_dataset" USING GIN ("search")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "model_dataset_search_idx"');
    await queryRunner.query('DROP INDEX "dataset_search_idx"');
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_comment" DROP CONSTRAINT "FK_f4a0c4ac0dc8fa6e1bbf312df45"',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_comment" DROP CONSTRAINT "FK_32ce93006be991e4ac525605b5a"',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_comment" DROP CONSTRAINT "FK_165459046964fe8af2bf22c34da"',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_argument" DROP CONSTRAINT "FK_9bdc122f79dd63452851fa60fa5"',
    );
    await queryRunner.query(
      'ALTER TABLE "objection_argument" DROP CONSTRAINT "FK_c2ff91fe89bf3321346e6791504"',
    );
    await queryRunner.query('ALTER TABLE "objection" DROP CONSTRAINT "FK_b7489b1cc2ca00c157a44984265"');
    await queryRunner.query('ALTER TABLE "objection" DROP CONSTRAINT "FK_a54d65b2d65bfc76cd8e193989b"');
    await queryRunner.query('ALTER TABLE "objection" DROP CONSTRAINT "FK_b6b67dbcb1fa63437885e372391"');
    await queryRunner.query('ALTER TABLE "objection" DROP CONSTRAINT "FK_985642d8448bf0a86ed36973726"');
    await queryRunner.query('ALTER TABLE "argument" DROP CONSTRAINT "FK_119e3a415bf157781032a794725"');
    await queryRunner.query('ALTER TABLE "argument" DROP CONSTRAINT "FK_c0d212c352e9a6d6de0b3fa7c64"');
    await queryRunner.query(
      'ALTER TABLE "delivery_agreement" DROP CONSTRAINT "FK_ecee79154ec8748c4e45e34a946"',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery_agreement" DROP CONSTRAINT "FK_94be193adf807d4f76ffeb30451"',
    );
    await queryRunner.query(
      'ALTER TABLE "delivery_agreement" DROP CONSTRAINT "FK_8ad077ed9aefc08846e65b14cb2"',
    );
    await queryRunner.query('ALTER TABLE "delivery" DROP CONSTRAINT "FK_2337d00abbf7b8796f0bded6eb5"');
    await queryRunner.query('ALTER TABLE "delivery" DROP CONSTRAINT "FK_3b3057ffaec323435019eda271f"');
    await queryRunner.query('ALTER TABLE "delivery" DROP CONSTRAINT "FK_d9df13953b8338905fa14a82ed6"');
    await queryRunner.query('ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112"');
    await queryRunner.query('ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_cafe5fc9ad08b70bb6f9dd34d9b"');
    await queryRunner.query(
      'ALTER TABLE "dataset_transition" DROP CONSTRAINT "FK_435405c34446a41511dc7310b7a"',
    );
    await queryRunner.query(
      'ALTER TABLE "dataset_transition" DROP CONSTRAINT "FK_1a081c8c3e983109eb97e1d1f45"',
    );
    await queryRunner.query('ALTER TABLE "dataset" DROP CONSTRAINT "FK_19a6ac259223dbc2911d7912e48"');
    await queryRunner.query('ALTER TABLE "dataset" DROP CONSTRAINT "FK_593a6e2f7e6621f68b51e9b13b3"');
    await queryRunner.query('ALTER TABLE "dataset" DROP CONSTRAINT "FK_f83d9f193b671bfd3329c879dcf"');
    await queryRunner.query('ALTER TABLE "dataset" DROP CONSTRAINT "FK_b439a79ff047791bdb479ee4e07"');
    await queryRunner.query(
      'ALTER TABLE "model_dataset_publication" DROP CONSTRAINT "FK_6ebe75d4619d1ca147c9e04f183"',
    );
    await queryRunner.query('DROP INDEX "public"."objection_comment_objection_idx"');
    await queryRunner.query('DROP TABLE "objection_comment"');
    await queryRunner.query('DROP INDEX "public"."objection_argument_argument_idx"');
    await queryRunner.query('DROP TABLE "objection_argument"');
    await queryRunner.query('DROP INDEX "public"."objection_dataset_idx"');
    await queryRunner.query('DROP INDEX "public"."objection_department_idx"');
    await queryRunner.query('DROP INDEX "public"."objection_category_idx"');
    await queryRunner.query('DROP TABLE "objection"');
    await queryRunner.query('DROP INDEX "public"."argument_category_idx"');
    await queryRunner.query('DROP TABLE "argument"');
    await queryRunner.query('DROP INDEX "public"."delivery_agreement_due_idx"');
    await queryRunner.query('DROP TABLE "delivery_agreement"');
    await queryRunner.query('DROP INDEX "public"."delivery_dataset_idx"');
    await queryRunner.query('DROP TABLE "delivery"');
    await queryRunner.query('DROP TABLE "calendar_feed"');
    await queryRunner.query('DROP INDEX "public"."dataset_transition_dataset_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_transition_to_idx"');
    await queryRunner.query('DROP TABLE "dataset_transition"');
    await queryRunner.query('DROP INDEX "public"."dataset_updated_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_stage_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_department_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_model_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_owner_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_due_idx"');
    await queryRunner.query('DROP TABLE "dataset"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3',
      ['GENERATED_COLUMN', 'search', 'dataset'],
    );
    await queryRunner.query('DROP INDEX "public"."model_dataset_publication_model_idx"');
    await queryRunner.query('DROP TABLE "model_dataset_publication"');
    await queryRunner.query('DROP INDEX "public"."model_dataset_theme_idx"');
    await queryRunner.query('DROP TABLE "model_dataset"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3',
      ['GENERATED_COLUMN', 'search', 'model_dataset'],
    );
  }
}
