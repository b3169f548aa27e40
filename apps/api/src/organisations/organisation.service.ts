import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '@routekaart/db';

/** The directory of organisations: names and kinds are public to every logged-in user. */
@Injectable()
export class OrganisationService {
  constructor(private readonly ds: DataSource) {}

  list(): Promise<OrganisationEntity[]> {
    return this.ds.getRepository(OrganisationEntity).find({ order: { name: 'ASC' } });
  }
}
