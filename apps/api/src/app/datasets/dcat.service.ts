import { SessionUser } from '@datenlotse/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { DatasetsService } from './datasets.service';
import { dcatCatalogDocument, dcatDatasetDocument, DcatDatasetSource } from './dcat-jsonld';

/** How many datasets one page of the public catalogue holds; the next page is linked (hydra:next). */
export const CATALOG_PAGE_SIZE = 500;

interface SourceRow {
  id: string;
  title: string;
  description: string | null;
  keywords: string[];
  themes: DcatDatasetSource['themes'];
  formats: string[];
  license: DcatDatasetSource['license'];
  attribution_text: string | null;
  accrual_periodicity: DcatDatasetSource['accrualPeriodicity'];
  contact_point_name: string | null;
  contact_point_email: string | null;
  temporal_start: string | null;
  temporal_end: string | null;
  landing_page: string | null;
  portal_url: string | null;
  published_at: Date | null;
  modified_at: Date;
  department_name: string;
  municipality_name: string;
  geocode: string;
  model_dataset_key: string | null;
  model_dataset_name: string | null;
}

const SOURCE_SELECT = `
  SELECT d.id, d.title, d.description, d.keywords, d.themes, d.formats, d.license, d.attribution_text,
         d.accrual_periodicity, d.contact_point_name, d.contact_point_email, d.temporal_start::text AS temporal_start,
         d.temporal_end::text AS temporal_end, d.landing_page, d.portal_url, d.published_at,
         coalesce(d.last_updated_at, d.updated_at) AS modified_at, dep.name AS department_name,
         m.name AS municipality_name, m.geocode, md.key AS model_dataset_key, md.name AS model_dataset_name
    FROM dataset d
    JOIN department dep ON dep.id = d.department_id
    JOIN municipality m ON m.id = d.municipality_id
    LEFT JOIN model_dataset md ON md.id = d.model_dataset_id`;

function toSource(row: SourceRow): DcatDatasetSource {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    keywords: row.keywords,
    themes: row.themes,
    formats: row.formats,
    license: row.license,
    attributionText: row.attribution_text,
    accrualPeriodicity: row.accrual_periodicity,
    contactPointName: row.contact_point_name,
    contactPointEmail: row.contact_point_email,
    temporalStart: row.temporal_start,
    temporalEnd: row.temporal_end,
    landingPage: row.landing_page,
    portalUrl: row.portal_url,
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    modifiedAt: new Date(row.modified_at),
    departmentName: row.department_name,
    municipalityName: row.municipality_name,
    geocode: row.geocode,
    modelDatasetKey: row.model_dataset_key,
    modelDatasetName: row.model_dataset_name,
  };
}

/** DCAT-AP.de JSON-LD: one dataset for the signed-in team, the published catalogue for everyone. */
@Injectable()
export class DcatService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly datasets: DatasetsService,
  ) {}

  /** Any dataset the user may see, whatever its stage: the team checks the metadata before publishing. */
  async dataset(user: SessionUser, id: string): Promise<object> {
    await this.datasets.requireVisible(user, id);
    const [row] = await this.dataSource.query<SourceRow[]>(
      `${SOURCE_SELECT} WHERE d.id = $1 AND d.municipality_id = $2`,
      [id, requestContext.municipalityId()],
    );
    if (!row) throw new NotFoundException(`No dataset ${id}`);
    return dcatDatasetDocument(toSource(row));
  }

  /**
   * The catalogue of one municipality (the first one, or the one with this geocode): its published and
   * maintained public datasets, newest change first, a page at a time.
   */
  async catalog(baseUrl: string, geocode: string | undefined, page: number): Promise<object> {
    const [municipality] = await this.dataSource.query<Array<{ id: string; name: string; geocode: string }>>(
      geocode
        ? 'SELECT id, name, geocode FROM municipality WHERE geocode = $1'
        : 'SELECT id, name, geocode FROM municipality ORDER BY created_at, id LIMIT 1',
      geocode ? [geocode] : [],
    );
    if (!municipality) throw new NotFoundException(`No municipality with geocode ${geocode}`);
    const rows = await this.dataSource.query<SourceRow[]>(
      `${SOURCE_SELECT}
        WHERE d.municipality_id = $1 AND d.stage IN ('published', 'maintained') AND d.classification = 'public'
        ORDER BY d.updated_at DESC, d.id DESC
        LIMIT $2 OFFSET $3`,
      [municipality.id, CATALOG_PAGE_SIZE + 1, (page - 1) * CATALOG_PAGE_SIZE],
    );
    const query = (n: number) =>
      `${baseUrl}?${new URLSearchParams({ ...(geocode && { geocode }), ...(n > 1 && { page: String(n) }) })}`;
    return dcatCatalogDocument({
      municipalityName: municipality.name,
      geocode: municipality.geocode,
      url: query(page).replace(/\?$/, ''),
      datasets: rows.slice(0, CATALOG_PAGE_SIZE).map(toSource),
      nextPageUrl: rows.length > CATALOG_PAGE_SIZE ? query(page + 1) : null,
    });
  }
}
