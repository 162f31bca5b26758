import {
  DATASET_PIPELINE,
  DatasetDto,
  DatasetStage,
  MODEL_DATASET_ATTRIBUTION,
  ModelDatasetEvidence,
  ModelDatasetGapList,
  ModelDatasetGapRow,
  ModelDatasetQuery,
  ModelDatasetSuggestion,
  SessionUser,
} from '@datenlotse/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { containsPattern, prefixTsQuery } from '../../common/query';
import { requestContext } from '../../common/request-context';
import { DatasetsService } from '../datasets/datasets.service';
import { MODEL_DATASET_COLUMNS, ModelDatasetRaw, toModelDatasetDto } from './model-dataset-read';
import { CreateCandidateFromModelDto } from './model-datasets.dto';
import { shippedCatalogue } from './reference/catalogue';
import { titleTerms, vocabulary } from './title-terms';

/** A stage's place on the road to the portal; side stages (on hold, rejected, withdrawn) rank below identified. */
const PUBLISHED_RANK = DATASET_PIPELINE.indexOf('published') + 1;
const rank = (stage: DatasetStage | null): number => (stage ? DATASET_PIPELINE.indexOf(stage) + 1 : 0);

/** How much a title word found only in the description counts against one found in Thema or Bezeichnung. */
const DESCRIPTION_WEIGHT = 0.4;
const SUGGESTIONS = 5;

interface GapRaw extends ModelDatasetRaw {
  city_datasets: number | null;
  city_stage: DatasetStage | null;
  city_dataset_id: string | null;
  city_dataset_title: string | null;
  matches: boolean;
}

interface SuggestionRaw extends ModelDatasetRaw {
  coverage: string;
  rank: number;
}

interface PublicationRaw {
  organisation: string;
  title: string;
  landing_page: string | null;
  license: string | null;
}

/**
 * The gap list: per model dataset (241 rows) how many of the city's datasets refer to it and the most
 * advanced one. The city's datasets are counted per (model dataset, stage) in one index-only pass over
 * dataset_model_idx, never per model dataset; the representative dataset is then one index probe per
 * model dataset that has any.
 */
const GAP_SQL = `
WITH stages AS (
  SELECT d.model_dataset_id, d.stage, count(*)::int AS n
    FROM dataset d
   WHERE d.municipality_id = $1 AND d.model_dataset_id IS NOT NULL
   GROUP BY d.model_dataset_id, d.stage
), best AS (
  SELECT DISTINCT ON (s.model_dataset_id) s.model_dataset_id, s.stage,
         sum(s.n) OVER (PARTITION BY s.model_dataset_id)::int AS total
    FROM stages s
   ORDER BY s.model_dataset_id, coalesce(array_position($2::text[], s.stage), 0) DESC
)
SELECT ${MODEL_DATASET_COLUMNS},
       best.total AS city_datasets, best.stage AS city_stage, rep.id AS city_dataset_id,
       rep.title AS city_dataset_title,
       ($3::text IS NULL
         OR m.search @@ plainto_tsquery('german', $3)
         OR ($4::text IS NOT NULL AND m.search @@ to_tsquery('simple', $4))
         OR m.label ILIKE $5 OR m.name ILIKE $5) AS matches
  FROM model_dataset m
  LEFT JOIN best ON best.model_dataset_id = m.id
  LEFT JOIN LATERAL (
    SELECT d.id, d.title FROM dataset d
     WHERE d.municipality_id = $1 AND d.model_dataset_id = best.model_dataset_id AND d.stage = best.stage
     ORDER BY d.updated_at DESC
     LIMIT 1) rep ON true`;

/**
 * Suggestions: every word of the title (and, for a compound, its parts) is looked for in the model
 * dataset's Thema and Bezeichnung (weight 1), else anywhere in its search column, i.e. the description
 * (DESCRIPTION_WEIGHT), by German stem or as a word beginning. A word counts whole or by the mean of its parts, whichever is better; the coverage is
 * the mean over the words, and ts_rank orders equal coverage. Only model datasets the GIN index finds for
 * any term are looked at.
 */
const SUGGEST_SQL = `
WITH terms AS (
  SELECT t.word, t.whole, plainto_tsquery('german', t.part) || to_tsquery('simple', t.part || ':*') AS q
    FROM unnest($1::text[], $2::int[], $3::boolean[]) AS t(part, word, whole)
   WHERE numnode(plainto_tsquery('german', t.part)) > 0
), candidates AS (
  SELECT ${MODEL_DATASET_COLUMNS}, m.search,
         to_tsvector('german', m.theme || ' ' || m.label) || to_tsvector('simple', m.theme || ' ' || m.label) AS head
    FROM model_dataset m
   WHERE m.search @@ (to_tsquery('german', $4) || to_tsquery('simple', $5))
), scored AS (
  SELECT c.*,
         (SELECT avg(word_score) FROM (
            SELECT greatest(coalesce(max(s) FILTER (WHERE whole), 0), coalesce(avg(s) FILTER (WHERE NOT whole), 0))
                     AS word_score
              FROM (SELECT terms.word, terms.whole,
                           CASE WHEN c.head @@ terms.q THEN 1 WHEN c.search @@ terms.q THEN $6::numeric ELSE 0 END AS s
                      FROM terms) matched
             GROUP BY matched.word) words) AS coverage,
         ts_rank(c.search, to_tsquery('german', $4) || to_tsquery('simple', $5)) AS rank
    FROM candidates c
)
SELECT ${MODEL_DATASET_COLUMNS.replace(/m\./g, 's.')}, s.coverage, s.rank FROM scored s WHERE s.coverage > 0
 ORDER BY s.coverage DESC, s.rank DESC, s.publisher_count DESC, s.name
 LIMIT $7`;

@Injectable()
export class ModelDatasetsService {
  /** The catalogue's own words, for splitting compound title words. */
  private readonly known = vocabulary(
    shippedCatalogue().modelDatasets.flatMap((m) => [m.theme, m.label, m.description]),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly datasets: DatasetsService,
  ) {}

  async gapList(query: ModelDatasetQuery): Promise<ModelDatasetGapList> {
    const q = query.q?.trim() || null;
    const rows: GapRaw[] = await this.dataSource.query(GAP_SQL, [
      requestContext.municipalityId(),
      DATASET_PIPELINE,
      q,
      q ? prefixTsQuery(q) : null,
      q ? containsPattern(q).slice(1) : null, // the label's beginning: `text%`
    ]);
    const all = rows.map(toGapRow);
    const { order, themeOrder } = shippedCatalogue();
    const position = (row: ModelDatasetGapRow) => order.get(row.key) ?? Number.MAX_SAFE_INTEGER;
    const shown = all
      .filter((row, i) => rows[i].matches)
      .filter((row) => !query.theme || row.theme === query.theme)
      .filter((row) => coverageFilter(row, query.coverage ?? 'all'))
      .sort((a, b) => position(a) - position(b) || a.name.localeCompare(b.name, 'de'));
    const themes = new Map<string, ModelDatasetGapList['themes'][number]>();
    for (const row of shown) {
      const group = themes.get(row.theme) ?? { theme: row.theme, themeEn: row.themeEn, rows: [] };
      group.rows.push(row);
      themes.set(row.theme, group);
    }
    const themePosition = (theme: string) => themeOrder.get(theme) ?? Number.MAX_SAFE_INTEGER;
    return {
      themes: [...themes.values()].sort((a, b) => themePosition(a.theme) - themePosition(b.theme)),
      total: all.length,
      covered: all.filter((row) => row.cityDataset).length,
      published: all.filter((row) => rank(row.cityDataset?.stage ?? null) >= PUBLISHED_RANK).length,
      attribution: MODEL_DATASET_ATTRIBUTION,
    };
  }

  async suggest(title: string): Promise<ModelDatasetSuggestion[]> {
    const terms = titleTerms(title, this.known);
    if (terms.length === 0) return [];
    const parts = [...new Set(terms.map((t) => t.part))];
    const rows: SuggestionRaw[] = await this.dataSource.query(SUGGEST_SQL, [
      terms.map((t) => t.part),
      terms.map((t) => t.word),
      terms.map((t) => t.whole),
      parts.join(' | '),
      parts.map((p) => `${p}:*`).join(' | '),
      DESCRIPTION_WEIGHT,
      SUGGESTIONS,
    ]);
    // Coverage decides; the rank (0..1 after r / (r + 1)) only separates equal coverage a little.
    return rows.map((row) => ({
      modelDataset: toModelDatasetDto(row),
      score: round(0.9 * Number(row.coverage) + 0.1 * (row.rank / (row.rank + 1))),
    }));
  }

  async evidence(id: string): Promise<ModelDatasetEvidence> {
    const [model] = (await this.dataSource.query(
      `SELECT ${MODEL_DATASET_COLUMNS} FROM model_dataset m WHERE m.id = $1`,
      [id],
    )) as ModelDatasetRaw[];
    if (!model) throw new NotFoundException(`No model dataset ${id}`);
    // The most prolific publishers first: the big cities with many datasets lead the list.
    const publications: PublicationRaw[] = await this.dataSource.query(
      `SELECT p.organisation, p.title, p.landing_page, p.license
         FROM model_dataset_publication p
        WHERE p.model_dataset_id = $1
        ORDER BY count(*) OVER (PARTITION BY p.organisation) DESC, p.organisation, p.title`,
      [id],
    );
    return {
      modelDataset: toModelDatasetDto(model),
      publishers: [...new Set(publications.map((p) => p.organisation))],
      publications: publications.map((p) => ({
        organisation: p.organisation,
        title: p.title,
        landingPage: p.landing_page,
        license: p.license,
      })),
    };
  }

  /** A new dataset in `identified` for this model dataset, through the datasets service's own rules. */
  async createCandidate(
    user: SessionUser,
    id: string,
    request: CreateCandidateFromModelDto,
  ): Promise<DatasetDto> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const [model] = (await manager.query('SELECT id, label FROM model_dataset WHERE id = $1', [
        id,
      ])) as Array<{
        id: string;
        label: string;
      }>;
      if (!model) throw new NotFoundException(`No model dataset ${id}`);
      const dataset = await this.datasets.createInTransaction(
        manager,
        user.id,
        {
          departmentId: request.departmentId,
          title: request.title?.trim() || model.label,
          modelDatasetId: model.id,
        },
        'app',
      );
      return this.datasets.get(user, dataset.id, manager);
    });
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function toGapRow(row: GapRaw): ModelDatasetGapRow {
  return {
    ...toModelDatasetDto(row),
    cityDataset:
      row.city_dataset_id && row.city_stage
        ? { id: row.city_dataset_id, title: row.city_dataset_title ?? '', stage: row.city_stage }
        : null,
    cityDatasetCount: row.city_datasets ?? 0,
  };
}

function coverageFilter(
  row: ModelDatasetGapRow,
  coverage: NonNullable<ModelDatasetQuery['coverage']>,
): boolean {
  const stage = row.cityDataset?.stage ?? null;
  switch (coverage) {
    case 'missing':
      return stage === null;
    case 'covered':
      return stage !== null;
    case 'published':
      return rank(stage) >= PUBLISHED_RANK;
    default:
      return true;
  }
}
