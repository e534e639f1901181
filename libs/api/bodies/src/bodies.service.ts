import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { BodyEntity } from '@boards/api/database';
import { DataLoaderFactory, loaderKey } from '@boards/api/graphql';
import type { BodyModel } from './body.model';

export const BODY_BY_SLUG = loaderKey<string, BodyModel | null>('bodyBySlug');

export function toBodyModel(entity: BodyEntity): BodyModel {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    kind: entity.kind,
    purpose: entity.purpose,
    establishedOn: entity.establishedOn,
    dissolvedOn: entity.dissolvedOn,
  };
}

@Injectable()
export class BodiesService implements OnModuleInit {
  constructor(
    @InjectRepository(BodyEntity) private readonly bodies: Repository<BodyEntity>,
    private readonly loaders: DataLoaderFactory,
  ) {}

  onModuleInit(): void {
    this.loaders.register(BODY_BY_SLUG, (slugs) => this.findBySlugs(slugs));
  }

  /** Every body: boards before groups, then by name. */
  async list(): Promise<BodyModel[]> {
    const rows = await this.bodies.find({ order: { kind: 'ASC', name: 'ASC' } });
    return rows.map(toBodyModel);
  }

  /** One query for many slugs; null where there is no such body. */
  async findBySlugs(slugs: readonly string[]): Promise<(BodyModel | null)[]> {
    const rows = await this.bodies.findBy({ slug: In([...new Set(slugs)]) });
    const bySlug = new Map(rows.map((row) => [row.slug, toBodyModel(row)]));
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  }
}
