import { EntityManager } from 'typeorm';

/** Loads the Musterdatenkatalog (v4 taxonomy and 2.1 publications) on every start, when it is missing or outdated. */
export async function loadMusterdatenkatalog(manager: EntityManager): Promise<void> {
  void manager; // TODO(pipeline, model datasets): the loader.
}
