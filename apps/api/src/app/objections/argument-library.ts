import { EntityManager } from 'typeorm';

/** The shipped argument library of a municipality: added on every start, never duplicated. */
export async function seedArgumentLibrary(manager: EntityManager, municipalityId: string): Promise<void> {
  void manager; // TODO(pipeline, objections): the seeded arguments.
  void municipalityId;
}
