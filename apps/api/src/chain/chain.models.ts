import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ItemKind, Visibility } from '@routekaart/db';
import { ItemKindEnum, VisibilityEnum } from '../common/enums';
import { Connection } from '../common/pagination';
import { OrganisationModel } from '../organisations/organisation.model';

@ObjectType('ProductGroup')
export class ProductGroupModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType('Item', { description: 'A node of the bill of materials' })
export class ItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ItemKindEnum)
  kind: ItemKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => VisibilityEnum)
  visibility: Visibility;

  @Field(() => ID)
  productGroupId: string;

  /** Null when the viewer reads the item through its visibility and may not know whose it is. */
  ownerOrgId: string | null;
  /** Null for everyone but the owner. */
  sharedWith: string[] | null;
}

@ObjectType('CompositionEdge', { description: '`quantity` units of `child` go into one `parent`' })
export class CompositionEdgeModel {
  @Field(() => ID)
  id: string;

  @Field(() => Float)
  quantity: number;

  @Field()
  unit: string;

  parentId: string;
  childId: string;
}

@ObjectType('ItemMaterial', { description: 'Raw material contained in one unit of an item' })
export class ItemMaterialModel {
  @Field(() => Float, { nullable: true })
  quantityKg: number | null;

  itemId: string;
  materialId: string;
}

@ObjectType('SupplyLink', { description: 'Who supplies an item, from where, in which share: confidential chain data' })
export class SupplyLinkModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country of origin' })
  country: string | null;

  @Field(() => Float, { nullable: true, description: "Share of the item's supply, 0..1" })
  share: number | null;

  @Field(() => Int, { nullable: true })
  tier: number | null;

  @Field(() => Float, { nullable: true })
  leadTimeWeeks: number | null;

  @Field(() => Float, { nullable: true, description: 'Months of demand covered by stock' })
  stockMonths: number | null;

  @Field()
  singleSource: boolean;

  @Field(() => VisibilityEnum)
  visibility: Visibility;

  @Field(() => String, {
    nullable: true,
    description: "The supplier's name; null when the viewer may see the link but not who the supplier is",
  })
  supplierName: string | null;

  // Null when the viewer may not know who supplies or who contributed (field access).
  supplierOrgId: string | null;
  sharedWith: string[] | null;
  contributedByOrgId: string | null;
}

@ObjectType()
export class ItemConnection extends Connection(ItemModel, 'Item') {}

@ObjectType()
export class SupplyLinkConnection extends Connection(SupplyLinkModel, 'SupplyLink') {}

@ObjectType('BomLine', { description: 'One line of a bill-of-materials explosion' })
export class BomLineModel {
  @Field(() => ItemModel)
  item: ItemModel;

  @Field(() => ID)
  parentId: string;

  @Field(() => Int, { description: '1 for direct children of the exploded item' })
  depth: number;

  @Field(() => Float, { description: 'Units in one unit of the exploded item, along this path' })
  quantity: number;

  @Field()
  unit: string;

  @Field(() => [ID], { description: 'Item ids from the exploded item down to this one' })
  path: string[];
}

@ObjectType('CountryShare')
export class CountryShareModel {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; null where the origin is unknown' })
  country: string | null;

  @Field(() => Float)
  share: number;
}

@ObjectType('SupplyCountries', {
  description:
    "Where an item's supply comes from: over the supply links the viewer may read, plus the combined links of organisations the viewer may not read when at least 3 of them contribute a share and none makes up more than 70% of that. Nothing else about links the viewer may not read is told.",
})
export class SupplyCountriesModel {
  @Field(() => [CountryShareModel], { description: 'Shares per country, largest first (empty without shares on record)' })
  countries: CountryShareModel[];

  @Field({ description: 'Whether the combined links of organisations the viewer may not read are part of the figure' })
  includesOthers: boolean;

  @Field(() => Int, { description: 'Organisations whose links make up the figure' })
  contributors: number;
}

@ObjectType('SupplyLinkEvent', { description: 'A change to a supply link the subscriber may see' })
export class SupplyLinkEventModel {
  @Field({ description: 'CREATED, UPDATED or DELETED' })
  kind: string;

  @Field(() => SupplyLinkModel, { description: 'The link as the subscriber may see it (for DELETED: as it was)' })
  link: SupplyLinkModel;
}

@ObjectType('ContributionAudience', {
  description:
    "Who will see a supply link on an item with a given visibility and sharing, as far as its contributor may know: the organisations it shares with and the participants of the roadmaps it takes part in. Participants of other roadmaps of the product group, now or later, see it on the same terms without being named here.",
})
export class ContributionAudienceModel {
  @Field(() => [OrganisationModel], { description: 'See the link with its supplier and that the contributor provided it' })
  seeEverything: OrganisationModel[];

  @Field(() => [OrganisationModel], { description: 'See its figures (country, share, tier, lead time, stock, single source), not who supplies or who provided them' })
  seeFigures: OrganisationModel[];
}

@ObjectType('SupplyLinksExport', { description: 'The supply links a viewer may see as a spreadsheet file (XLSX or CSV), its bytes in base64' })
export class SupplyLinksExportModel {
  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Int, { description: 'How many supply links the file holds' })
  rows: number;

  @Field({ description: 'The file, base64-encoded' })
  base64: string;
}
