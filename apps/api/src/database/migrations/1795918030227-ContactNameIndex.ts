import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactNameIndex1795918030227 implements MigrationInterface {
  name = 'ContactNameIndex1795918030227';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "contact_name_idx" ON "contact" ("municipality_id", "name", "id") WHERE erased_at IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."contact_name_idx"');
  }
}
