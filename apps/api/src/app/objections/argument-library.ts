import { EntityManager, In, IsNull, Not } from 'typeorm';
import { ModelDataset } from '../model-datasets/model-dataset.entity';
import { Argument } from './argument.entity';
import { ARGUMENT_LIBRARY } from './argument-library.data';

/**
 * The shipped argument library of a municipality: added on every start, never duplicated. Only missing
 * `seed_key`s are inserted, so the team's edits and archiving of a shipped argument survive every start (the
 * API refuses to delete a shipped argument, which would only come back: it is archived instead).
 */
export async function seedArgumentLibrary(manager: EntityManager, municipalityId: string): Promise<void> {
  const repository = manager.getRepository(Argument);
  const existing = await repository.find({
    select: { id: true, seedKey: true },
    where: { municipalityId, seedKey: Not(IsNull()) },
  });
  const have = new Set(existing.map((a) => a.seedKey));
  const modelIds = await modelDatasetIds(manager);
  const missing = ARGUMENT_LIBRARY.filter((a) => !have.has(a.seedKey));
  if (missing.length > 0) {
    await repository.insert(
      missing.map((a) => ({
        municipalityId,
        seedKey: a.seedKey,
        category: a.category,
        title: a.title,
        body: a.body,
        examples: a.examples,
        evidence: a.evidence,
        modelDatasetId: (a.modelDatasetName && modelIds.get(a.modelDatasetName)) || null,
        archivedAt: null,
      })),
    );
  }
  await linkLateModelDatasets(manager, municipalityId, modelIds);
}

/** The ids of the model datasets the library names (the Musterdatenkatalog is loaded just before). */
async function modelDatasetIds(manager: EntityManager): Promise<Map<string, string>> {
  const names = ARGUMENT_LIBRARY.flatMap((a) => (a.modelDatasetName ? [a.modelDatasetName] : []));
  if (names.length === 0) return new Map();
  const models = await manager.getRepository(ModelDataset).find({
    select: { id: true, name: true },
    where: { name: In(names) },
  });
  return new Map(models.map((m) => [m.name, m.id]));
}

/**
 * A shipped argument seeded before its model dataset existed (or whose model dataset was reloaded) gets
 * its link, as long as nobody has edited it since (version 1). Written without a version bump: the link
 * is part of what was shipped, not an edit.
 */
async function linkLateModelDatasets(
  manager: EntityManager,
  municipalityId: string,
  modelIds: Map<string, string>,
): Promise<void> {
  for (const shipped of ARGUMENT_LIBRARY) {
    const modelDatasetId = shipped.modelDatasetName && modelIds.get(shipped.modelDatasetName);
    if (!modelDatasetId) continue;
    await manager.query(
      `UPDATE argument SET model_dataset_id = $3
        WHERE municipality_id = $1 AND seed_key = $2 AND model_dataset_id IS NULL AND version = 1`,
      [municipalityId, shipped.seedKey, modelDatasetId],
    );
  }
}
