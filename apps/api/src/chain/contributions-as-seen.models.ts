import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '../organisations/organisation.model';
import { ItemModel, SupplyLinkModel } from './chain.models';

// "What others see of my data" (issue 18): a company's own contributions as another organisation reads them.

@ObjectType('SupplyLinkAsSeen', { description: 'One of your supply links as another organisation reads it' })
export class SupplyLinkAsSeenModel {
  @Field(() => SupplyLinkModel, { description: "The link as that organisation's users read it: fields they may not read are null" })
  link: SupplyLinkModel;

  @Field({ description: 'The name of its item' })
  itemName: string;

  @Field(() => [String], { description: 'Fields of the link hidden from them (supplierName, supplier, contributedBy, sharedWith)' })
  hiddenFields: string[];
}

@ObjectType('ItemAsSeen', { description: 'One of your items as another organisation reads it' })
export class ItemAsSeenModel {
  @Field(() => ItemModel, { description: "The item as that organisation's users read it" })
  item: ItemModel;

  @Field(() => [String], { description: 'Fields of the item hidden from them (owner)' })
  hiddenFields: string[];
}

@ObjectType('ContributionsAsSeenBy', {
  description:
    "Your organisation's own contributions to a product group as another organisation's users read them, judged by the rules that guard them and the participations you may know of. Links and items they cannot read are left out.",
})
export class ContributionsAsSeenByModel {
  @Field(() => OrganisationModel)
  organisation: OrganisationModel;

  @Field(() => [SupplyLinkAsSeenModel], { description: 'Your supply links they read, by item' })
  links: SupplyLinkAsSeenModel[];

  @Field(() => Int, { description: 'All your supply links in the product group (those they cannot read included)' })
  linkCount: number;

  @Field(() => [ItemAsSeenModel], { description: 'Your items they read, by name' })
  items: ItemAsSeenModel[];

  @Field(() => Int, { description: 'All your items in the product group' })
  itemCount: number;
}
