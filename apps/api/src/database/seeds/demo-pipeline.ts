import { EntityManager } from 'typeorm';

/** The demo city's datasets, objections and delivery agreements (issue 4), dated relative to `now`. */
export async function seedDemoPipeline(
  manager: EntityManager,
  municipalityId: string,
  now: Date,
): Promise<void> {
  void manager; // TODO(pipeline, demo data)
  void municipalityId;
  void now;
}
