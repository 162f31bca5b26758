import { MigrationInterface, QueryRunner } from 'typeorm';

export class PipelineIndexes1795925443603 implements MigrationInterface {
  name = 'PipelineIndexes1795925443603';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."dataset_owner_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_model_idx"');
    await queryRunner.query(
      'CREATE INDEX "dataset_owner_idx" ON "dataset" ("municipality_id", "owner_user_id", "stage", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "dataset_title_idx" ON "dataset" ("municipality_id", "title", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "dataset_model_idx" ON "dataset" ("municipality_id", "model_dataset_id", "stage", "updated_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "argument_seed_key_idx" ON "argument" ("municipality_id", "seed_key") WHERE seed_key IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."argument_seed_key_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_model_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_title_idx"');
    await queryRunner.query('DROP INDEX "public"."dataset_owner_idx"');
    await queryRunner.query(
      'CREATE INDEX "dataset_model_idx" ON "dataset" ("model_dataset_id", "municipality_id") ',
    );
    await queryRunner.query('CREATE INDEX "dataset_owner_idx" ON "dataset" ("owner_user_id", "stage") ');
  }
}
