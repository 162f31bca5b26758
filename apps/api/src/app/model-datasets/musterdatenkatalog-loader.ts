import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { modelRow, publicationRow, shippedCatalogue } from './reference/catalogue';

const logger = new Logger('Musterdatenkatalog');

// Per-row text as catalogue.ts hashes it: fields joined by chr(31), null as chr(30).
const MODEL_ROW_SQL = `concat_ws(chr(31), m.key, m.name, m.theme, m.label, coalesce(m.description, chr(30)),
  coalesce(m.theme_en, chr(30)), coalesce(m.label_en, chr(30)))`;
const PUBLICATION_ROW_SQL = `concat_ws(chr(31), coalesce(m.key, chr(30)), p.source_model_name, p.organisation,
  p.title, coalesce(p.landing_page, chr(30)), coalesce(p.license, chr(30)))`;

/** md5 over the sorted md5s of the rows, byte order ("C"), as catalogue.ts computes it. */
const fingerprintSql = (row: string, from: string) =>
  `SELECT coalesce(md5(string_agg(h, '' ORDER BY h COLLATE "C")), '') AS fingerprint, count(*)::int AS rows
     FROM (SELECT md5(${row}) AS h FROM ${from}) hashed`;

interface Stored {
  fingerprint: string;
  rows: number;
}

/**
 * Loads the Musterdatenkatalog (v4 taxonomy and 2.1 publications) on every start, inside the seed
 * transaction. An unchanged catalogue costs two fingerprint queries; an outdated one is upserted by key in one
 * statement per table, so an upgrade brings new texts and mappings without touching the ids datasets and
 * arguments point at. A model dataset that left the taxonomy is deleted only while nothing refers to it.
 */
export async function loadMusterdatenkatalog(manager: EntityManager): Promise<void> {
  const shipped = shippedCatalogue();
  const keys = shipped.modelDatasets.map((m) => m.key);
  const [models] = (await manager.query(
    fingerprintSql(MODEL_ROW_SQL, 'model_dataset m WHERE m.key = ANY($1)'),
    [keys],
  )) as Stored[];
  const [publications] = (await manager.query(
    fingerprintSql(
      PUBLICATION_ROW_SQL,
      'model_dataset_publication p LEFT JOIN model_dataset m ON m.id = p.model_dataset_id',
    ),
  )) as Stored[];
  const modelsCurrent =
    models.rows === shipped.modelDatasets.length && models.fingerprint === shipped.modelFingerprint;
  const publicationsCurrent =
    publications.rows === shipped.publications.length &&
    publications.fingerprint === shipped.publicationFingerprint;
  if (modelsCurrent && publicationsCurrent) return;

  if (!modelsCurrent) await upsertModelDatasets(manager);
  // New model datasets change where publications point, so they are rewritten with them.
  await replacePublications(manager);
  await countPublishers(manager);
  logger.log(
    `Loaded ${shipped.modelDatasets.length} model datasets and ${shipped.publications.length} publications`,
  );
}

/** Transposes rows into one array per column, for `unnest($1::text[], $2::text[], …)`. */
function columns(rows: Array<Array<string | null>>, width: number): Array<Array<string | null>> {
  return Array.from({ length: width }, (_, i) => rows.map((row) => row[i]));
}

async function upsertModelDatasets(manager: EntityManager): Promise<void> {
  const { modelDatasets } = shippedCatalogue();
  await manager.query(
    `INSERT INTO model_dataset (key, name, theme, label, description, theme_en, label_en, version)
     SELECT s.*, 1 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       AS s(key, name, theme, label, description, theme_en, label_en)
     ON CONFLICT (key) DO UPDATE SET
       name = EXCLUDED.name, theme = EXCLUDED.theme, label = EXCLUDED.label,
       description = EXCLUDED.description, theme_en = EXCLUDED.theme_en, label_en = EXCLUDED.label_en,
       version = model_dataset.version + 1, updated_at = now()
     WHERE (model_dataset.name, model_dataset.theme, model_dataset.label, model_dataset.description,
            model_dataset.theme_en, model_dataset.label_en)
       IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.theme, EXCLUDED.label, EXCLUDED.description,
            EXCLUDED.theme_en, EXCLUDED.label_en)`,
    columns(modelDatasets.map(modelRow), 7),
  );
  // Gone from the taxonomy: dropped unless a dataset or an argument still refers to it (their link stays).
  await manager.query(
    `DELETE FROM model_dataset m
      WHERE NOT (m.key = ANY($1))
        AND NOT EXISTS (SELECT 1 FROM dataset d WHERE d.model_dataset_id = m.id)
        AND NOT EXISTS (SELECT 1 FROM argument a WHERE a.model_dataset_id = m.id)`,
    [modelDatasets.map((m) => m.key)],
  );
}

/** Publications have no identity of their own and nothing refers to them: replaced as a whole. */
async function replacePublications(manager: EntityManager): Promise<void> {
  const { publications } = shippedCatalogue();
  await manager.query('DELETE FROM model_dataset_publication');
  await manager.query(
    `INSERT INTO model_dataset_publication
       (model_dataset_id, source_model_name, organisation, title, landing_page, license, version)
     SELECT m.id, s.source_model_name, s.organisation, s.title, s.landing_page, s.license, 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         AS s(model_key, source_model_name, organisation, title, landing_page, license)
       LEFT JOIN model_dataset m ON m.key = s.model_key`,
    columns(publications.map(publicationRow), 6),
  );
}

/** publisher_count: distinct publishing organisations per model dataset. */
async function countPublishers(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE model_dataset m SET publisher_count = c.publishers
       FROM (SELECT md.id, count(DISTINCT p.organisation)::int AS publishers
               FROM model_dataset md
               LEFT JOIN model_dataset_publication p ON p.model_dataset_id = md.id
              GROUP BY md.id) c
      WHERE c.id = m.id AND m.publisher_count <> c.publishers`,
  );
}
