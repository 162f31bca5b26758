import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795903650766 implements MigrationInterface {
  name = 'Initial1795903650766';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" text NOT NULL, "geocode" character varying(8) NOT NULL, CONSTRAINT "UQ_4cd90460101373c52063c635ede" UNIQUE ("geocode"), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" uuid NOT NULL, "diff" jsonb NOT NULL, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_event_entity_idx" ON "audit_event" ("municipality_id", "entity", "entity_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "ip" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "login_failure_ip_idx" ON "login_failure" ("ip", "at") ');
    await queryRunner.query('CREATE INDEX "login_failure_email_idx" ON "login_failure" ("email", "at") ');
    await queryRunner.query(
      'CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "name" text NOT NULL, "short_name" text, "kind" text NOT NULL, "parent_id" uuid, "website" text, "notes" text, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "department_kind_check" CHECK (kind IN (\'dezernat\', \'amt\', \'abteilung\', \'eigenbetrieb\', \'institut\', \'external\')), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "department_municipality_parent_idx" ON "department" ("municipality_id", "parent_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "municipality_id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "locale" text NOT NULL DEFAULT \'de\', "password_hash" text, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "invite_token_hash" text, "invite_expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "app_user_locale_check" CHECK (locale IN (\'de\', \'en\')), CONSTRAINT "app_user_role_check" CHECK (role IN (\'admin\', \'team\', \'department_head\', \'management\')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "app_user_email_key" ON "app_user" ("email") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "app_user_invite_token_key" ON "app_user" ("invite_token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "session_token_hash_key" ON "session" ("token_hash") ');
    await queryRunner.query('CREATE INDEX "session_user_idx" ON "session" ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "user_department" ("user_id" uuid NOT NULL, "department_id" uuid NOT NULL, CONSTRAINT "PK_5189e9bb78e6e12c3776bb60bdb" PRIMARY KEY ("user_id", "department_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_92bb51ffd463f2dfba95539e10" ON "user_department" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7044b4fcd0d40c6f11ed27a0b7" ON "user_department" ("department_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_event" ADD CONSTRAINT "FK_bd2accfa41c45a8b4bead28ca1f" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "department" ADD CONSTRAINT "FK_e2e1e78b9416f37b5345aacc992" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "department" ADD CONSTRAINT "FK_110d56d702b0880fe9b005878e9" FOREIGN KEY ("parent_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_6cecf0f20a41280d83a2cbb7390" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_department" ADD CONSTRAINT "FK_92bb51ffd463f2dfba95539e10d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "user_department" ADD CONSTRAINT "FK_7044b4fcd0d40c6f11ed27a0b70" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    // audit_event is append-only. A later GDPR erasure may redact inside a transaction that sets
    // datenlotse.audit_redaction = 'on'; nothing else may change or delete an event.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('datenlotse.audit_redaction', true) = 'on' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_append_only ON "audit_event"');
    await queryRunner.query('DROP FUNCTION audit_event_append_only()');
    await queryRunner.query('ALTER TABLE "user_department" DROP CONSTRAINT "FK_7044b4fcd0d40c6f11ed27a0b70"');
    await queryRunner.query('ALTER TABLE "user_department" DROP CONSTRAINT "FK_92bb51ffd463f2dfba95539e10d"');
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_6cecf0f20a41280d83a2cbb7390"');
    await queryRunner.query('ALTER TABLE "department" DROP CONSTRAINT "FK_110d56d702b0880fe9b005878e9"');
    await queryRunner.query('ALTER TABLE "department" DROP CONSTRAINT "FK_e2e1e78b9416f37b5345aacc992"');
    await queryRunner.query('ALTER TABLE "audit_event" DROP CONSTRAINT "FK_bd2accfa41c45a8b4bead28ca1f"');
    await queryRunner.query('DROP INDEX "public"."IDX_7044b4fcd0d40c6f11ed27a0b7"');
    await queryRunner.query('DROP INDEX "public"."IDX_92bb51ffd463f2dfba95539e10"');
    await queryRunner.query('DROP TABLE "user_department"');
    await queryRunner.query('DROP INDEX "public"."session_user_idx"');
    await queryRunner.query('DROP INDEX "public"."session_token_hash_key"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."app_user_invite_token_key"');
    await queryRunner.query('DROP INDEX "public"."app_user_email_key"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "public"."department_municipality_parent_idx"');
    await queryRunner.query('DROP TABLE "department"');
    await queryRunner.query('DROP INDEX "public"."login_failure_email_idx"');
    await queryRunner.query('DROP INDEX "public"."login_failure_ip_idx"');
    await queryRunner.query('DROP TABLE "login_failure"');
    await queryRunner.query('DROP INDEX "public"."audit_event_entity_idx"');
    await queryRunner.query('DROP TABLE "audit_event"');
    await queryRunner.query('DROP TABLE "municipality"');
  }
}
