import {
  DeepPartial,
  EntityManager,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { requestContext } from '../../common/request-context';
import { MunicipalityOwnedEntity } from './municipality-owned.entity';

/**
 * The data layer's only way to read municipality-owned tables: every query carries the signed-in user's
 * municipality from the request context, so a service cannot forget the filter.
 */
export class ScopedRepository<T extends MunicipalityOwnedEntity> {
  constructor(private readonly repository: Repository<T>) {}

  /** The same scope inside a transaction. */
  with(manager: EntityManager): ScopedRepository<T> {
    return new ScopedRepository(manager.getRepository<T>(this.repository.target));
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scope(options.where) });
  }

  findOne(options: FindOneOptions<T>): Promise<T | null> {
    return this.repository.findOne({ ...options, where: this.scope(options.where) });
  }

  count(options: FindManyOptions<T> = {}): Promise<number> {
    return this.repository.count({ ...options, where: this.scope(options.where) });
  }

  /** A query builder that already filters by municipality; add conditions with andWhere. */
  query(alias: string): SelectQueryBuilder<T> {
    return this.repository.createQueryBuilder(alias).where(`${alias}.municipality_id = :municipalityId`, {
      municipalityId: requestContext.municipalityId(),
    });
  }

  /** Saves a new or loaded record; new records are stamped with the current municipality. */
  save(entity: DeepPartial<T>): Promise<T> {
    const record = this.repository.create({
      ...entity,
      municipalityId: requestContext.municipalityId(),
    } as DeepPartial<T>);
    return this.repository.save(record);
  }

  private scope(where: FindManyOptions<T>['where']): FindOptionsWhere<T>[] | FindOptionsWhere<T> {
    const municipalityId = requestContext.municipalityId();
    const stamp = (w: FindOptionsWhere<T>) => ({ ...w, municipalityId }) as FindOptionsWhere<T>;
    if (Array.isArray(where)) return where.map(stamp);
    return stamp(where ?? {});
  }
}
