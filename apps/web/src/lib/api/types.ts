/**
 * Names for the generated types the components use (generated from apps/api/schema.graphql and the
 * operations in ./operations by `npm run codegen`; nothing here is written by hand).
 */
import type {
	ChainItemQuery,
	ChainTreeQuery,
	DemoQuery,
	MaterialFactsheetQuery,
	MaterialsQuery,
	MyRoadmapsQuery,
	ParticipantFieldsFragment,
	RoadmapQuery,
	SupplyLinkFieldsFragment,
	UserFieldsFragment,
} from './generated/graphql';

export type {
	CreateSupplyLinkInput,
	CrmStatus,
	ItemKind,
	OrganisationKind,
	ParticipantRole,
	RoadmapPhase,
	SupplyScope,
	SupplyStage,
	UserRole,
	Visibility,
} from './generated/graphql';

export type User = UserFieldsFragment;
export type DemoLogin = DemoQuery['demo']['users'][number];
export type Participant = ParticipantFieldsFragment;
export type RoadmapSummary = MyRoadmapsQuery['roadmaps'][number];
export type RoadmapDetail = RoadmapQuery['roadmap'];
export type OrganisationSummary = RoadmapQuery['organisations'][number];
export type SupplyLink = SupplyLinkFieldsFragment;
export type ChainTreeRoot = ChainTreeQuery['item'];
export type BomLine = ChainTreeQuery['item']['explosion'][number];
export type ChainItem = ChainItemQuery['item'];
export type MaterialRow = MaterialsQuery['materials']['nodes'][number];
export type Material = MaterialFactsheetQuery['material'];
export type MaterialSupply = Material['supplies'][number];
