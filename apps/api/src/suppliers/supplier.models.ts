import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  CAPABILITIES,
  CERTIFICATIONS,
  CLEARANCES,
  DEFENCE_CATEGORIES,
  PROFILE_SECTIONS,
  PROVINCES,
  SECTORS,
  SIZE_CLASSES,
  type Capability,
  type Certification,
  type Clearance,
  type DefenceCategory,
  type MatchNoteCode,
  type ProfileSection,
  type Province,
  type Sector,
  type SizeClass,
} from '@routekaart/domain';
import { enumOf } from '../common/enums';

export const CapabilityEnum = enumOf(CAPABILITIES, 'Capability', 'What a supplier can make or do (controlled vocabulary)');
export const CertificationEnum = enumOf(CERTIFICATIONS, 'Certification');
export const SectorEnum = enumOf(SECTORS, 'Sector', 'A market a supplier serves');
export const ProvinceEnum = enumOf(PROVINCES, 'Province');
export const SizeClassEnum = enumOf(SIZE_CLASSES, 'SizeClass', 'MICRO < 10 employees, SMALL 10-49, MEDIUM 50-249, LARGE 250+');
export const DefenceCategoryEnum = enumOf(DEFENCE_CATEGORIES, 'DefenceCategory', 'A direct supplier to Defence, B supplier to A, C potential direct supplier, D potential supplier to A');
export const ClearanceEnum = enumOf(CLEARANCES, 'Clearance', 'Security clearance (ABDO): none, applied for, granted');
export const ProfileSectionEnum = enumOf(PROFILE_SECTIONS, 'ProfileSection', 'A part of a supplier profile its company may keep for government readers');
const MATCH_NOTE_CODES = [
  'CAPABILITIES',
  'CERTIFICATIONS',
  'CLEARANCE',
  'CAPACITY',
  'CATEGORY',
  'SIMILAR_TO_CURRENT',
  'MISSING_CAPABILITIES',
  'MISSING_CERTIFICATIONS',
  'CERTIFICATIONS_NOT_VISIBLE',
  'CLEARANCE_MISSING',
  'CLEARANCE_NOT_VISIBLE',
  'CAPACITY_SHORT',
  'CAPACITY_LATE',
  'CAPACITY_NOT_VISIBLE',
] as const satisfies readonly MatchNoteCode[];
export const MatchNoteCodeEnum = enumOf(MATCH_NOTE_CODES, 'MatchNoteCode', 'Why a candidate matches (reasons) or what it lacks (gaps)');

@ObjectType('SupplierProfile', {
  description: "A company's entry in the supplier directory, as the reader may see it: a part the company keeps for government is null for other readers",
})
export class SupplierProfileModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ProvinceEnum)
  province: Province;

  @Field(() => SizeClassEnum)
  sizeClass: SizeClass;

  @Field(() => DefenceCategoryEnum)
  category: DefenceCategory;

  @Field(() => [CapabilityEnum])
  capabilities: Capability[];

  @Field(() => String, { nullable: true, description: 'Null when hidden from the reader' })
  kvkNumber: string | null;

  @Field(() => [CertificationEnum], { nullable: true, description: 'Null when hidden from the reader' })
  certifications: Certification[] | null;

  @Field(() => [SectorEnum], { nullable: true, description: 'Null when hidden from the reader' })
  sectors: Sector[] | null;

  @Field(() => ClearanceEnum, { nullable: true, description: 'Null when hidden from the reader' })
  clearance: Clearance | null;

  @Field(() => Int, { nullable: true, description: 'Capacity on offer; null when hidden from the reader or not stated' })
  capacityHoursPerMonth: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: from when the capacity is on offer' })
  capacityFrom: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [ProfileSectionEnum], { description: 'The parts of this profile hidden from the reader' })
  hiddenFromYou: ProfileSection[];

  @Field(() => [ProfileSectionEnum], { nullable: true, description: 'The parts shown to government only (the company itself sees its choice; null for others)' })
  governmentOnly: ProfileSection[] | null;

  @Field({ description: 'Generated demo data, no real company' })
  demo: boolean;

  @Field({ description: "Whether this is the reader's own company's profile (it may change it)" })
  isOwn: boolean;

  @Field({ description: "Whether the reader's trade association keeps this profile for a member company (it may change it)" })
  keptByYou: boolean;

  /** The keeping organisation, for the field resolver; not a GraphQL field. */
  organisationId: string | null;
}

@ObjectType('SupplierProfilePage')
export class SupplierProfilePageModel {
  @Field(() => Int)
  total: number;

  @Field(() => [SupplierProfileModel])
  profiles: SupplierProfileModel[];
}

@ObjectType('MatchNote', { description: 'One reason a candidate matches or one thing it lacks; values are vocabulary codes, a category or a supplier name' })
export class MatchNoteModel {
  @Field(() => MatchNoteCodeEnum)
  code: MatchNoteCode;

  @Field(() => [String])
  values: string[];

  @Field(() => Float, { nullable: true })
  amount: number | null;
}

@ObjectType('SimilarSupplier', { description: '"Companies like this one": cosine similarity over capabilities, certifications and sectors as the reader sees them' })
export class SimilarSupplierModel {
  @Field(() => SupplierProfileModel)
  profile: SupplierProfileModel;

  @Field(() => Float)
  similarity: number;

  @Field(() => [String], { description: 'Capabilities, certifications and sectors both have' })
  shared: string[];
}

@ObjectType('DemandResponse', { description: "A company's interest in a demand and the capacity it offers: for government readers and the company itself" })
export class DemandResponseModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  demandId: string;

  @Field(() => Int)
  hoursPerMonth: number;

  @Field({ description: 'YYYY-MM-DD' })
  availableFrom: string;

  @Field()
  message: string;

  @Field(() => SupplierProfileModel)
  profile: SupplierProfileModel;

  @Field()
  respondedAt: Date;

  @Field({ description: "Whether it is the reader's own company's response" })
  isOwn: boolean;
}

@ObjectType('SupplierCandidate', { description: 'A profile ranked for a demand or an item, with why it matches and what it lacks' })
export class SupplierCandidateModel {
  @Field(() => SupplierProfileModel)
  profile: SupplierProfileModel;

  @Field(() => Float, { description: '0-100' })
  score: number;

  @Field(() => [MatchNoteModel])
  reasons: MatchNoteModel[];

  @Field(() => [MatchNoteModel])
  gaps: MatchNoteModel[];

  @Field(() => DemandResponseModel, { nullable: true, description: 'The response of this company to the demand, if any' })
  response: DemandResponseModel | null;

  @Field({ description: "Whether it is on Defence's shortlist for the demand" })
  shortlisted: boolean;
}

@ObjectType('CapacityDemand', { description: 'Capacity Defence needs: what, how much, when, with which certifications and clearance' })
export class CapacityDemandModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [CapabilityEnum])
  capabilities: Capability[];

  @Field(() => Int)
  quantity: number;

  @Field(() => Int, { nullable: true })
  hoursPerMonth: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  windowStart: string;

  @Field({ description: 'YYYY-MM-DD' })
  windowEnd: string;

  @Field(() => [CertificationEnum])
  requiredCertifications: Certification[];

  @Field(() => ClearanceEnum)
  requiredClearance: Clearance;

  @Field(() => ID, { nullable: true, description: 'The item of the bill of materials it is about (null when the reader may not read the item)' })
  itemId: string | null;

  @Field(() => ID, { nullable: true })
  roadmapId: string | null;

  @Field(() => ID, { nullable: true })
  interventionId: string | null;

  @Field()
  publishedAt: Date;

  @Field({ description: 'Whether the reader may change or withdraw it' })
  canUpdate: boolean;

  ownerOrgId: string;
}

@ObjectType('DemandFit', { description: "A demand that fits the reader's company profile, with how well and the company's own response" })
export class DemandFitModel {
  @Field(() => CapacityDemandModel)
  demand: CapacityDemandModel;

  @Field(() => Float)
  score: number;

  @Field(() => [MatchNoteModel])
  reasons: MatchNoteModel[];

  @Field(() => [MatchNoteModel])
  gaps: MatchNoteModel[];

  @Field(() => DemandResponseModel, { nullable: true })
  myResponse: DemandResponseModel | null;
}

@InputType()
export class SupplierProfileInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  kvkNumber?: string | null;

  @Field(() => ProvinceEnum)
  province: Province;

  @Field(() => SizeClassEnum)
  sizeClass: SizeClass;

  @Field(() => DefenceCategoryEnum)
  category: DefenceCategory;

  @Field(() => [CapabilityEnum])
  capabilities: Capability[];

  @Field(() => [CertificationEnum], { defaultValue: [] })
  certifications: Certification[];

  @Field(() => [SectorEnum], { defaultValue: [] })
  sectors: Sector[];

  @Field(() => ClearanceEnum, { defaultValue: 'NONE' })
  clearance: Clearance;

  @Field(() => Int, { nullable: true })
  capacityHoursPerMonth?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  capacityFrom?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ProfileSectionEnum], { defaultValue: [], description: 'The parts to show to government readers only' })
  governmentOnly: ProfileSection[];
}

@InputType()
export class CapacityDemandInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [CapabilityEnum])
  capabilities: Capability[];

  @Field(() => Int)
  quantity: number;

  @Field(() => Int, { nullable: true })
  hoursPerMonth?: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  windowStart: string;

  @Field({ description: 'YYYY-MM-DD' })
  windowEnd: string;

  @Field(() => [CertificationEnum], { defaultValue: [] })
  requiredCertifications: Certification[];

  @Field(() => ClearanceEnum, { defaultValue: 'NONE' })
  requiredClearance: Clearance;

  @Field(() => ID, { nullable: true })
  itemId?: string | null;

  @Field(() => ID, { nullable: true })
  roadmapId?: string | null;

  @Field(() => ID, { nullable: true })
  interventionId?: string | null;
}

@InputType()
export class DemandResponseInput {
  @Field(() => Int)
  hoursPerMonth: number;

  @Field({ description: 'YYYY-MM-DD' })
  availableFrom: string;

  @Field(() => String, { nullable: true })
  message?: string | null;
}
