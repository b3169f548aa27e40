/**
 * Names for the generated types the components use (generated from apps/api/schema.graphql and the
 * operations in ./operations by `npm run codegen`; nothing here is written by hand).
 */
import type {
	AnalysisProductGroupsQuery,
	ChainItemQuery,
	ChainTreeQuery,
	DependencyFieldsFragment,
	DependencyHeatmapQuery,
	DemoQuery,
	MaterialFactsheetQuery,
	MaterialsQuery,
	MyRoadmapsQuery,
	ParticipantFieldsFragment,
	RoadmapQuery,
	RoadmapScenariosQuery,
	ScenarioResultFieldsFragment,
	ScenarioSpecFieldsFragment,
	SupplyLinkFieldsFragment,
	UserFieldsFragment,
} from './generated/graphql';

export type {
	CreateSupplyLinkInput,
	CrmStatus,
	DependencyKind,
	ExportRestrictionMeasure,
	ItemKind,
	OrganisationKind,
	ParticipantRole,
	RoadmapPhase,
	ScenarioEventInput,
	ScenarioInput,
	ScoreFactorKey,
	SupplyScope,
	SupplyStage,
	UserRole,
	Visibility,
	WeakLinkKind,
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
export type ExportRestriction = Material['exportRestrictions'][number];
export type ProductGroupSummary = AnalysisProductGroupsQuery['productGroups'][number];
export type Dependency = DependencyFieldsFragment;
export type DependencyFactor = Dependency['score']['factors'][number];
export type DependencyHeatmap = DependencyHeatmapQuery['dependencyHeatmap'];
export type DependencyHeatmapCell = DependencyHeatmap['cells'][number];
export type ScenarioResult = ScenarioResultFieldsFragment;
export type ScenarioPlatformOutcome = ScenarioResult['platforms'][number];
export type ScenarioItemShortfall = ScenarioResult['items'][number];
export type ScenarioEventOutcome = ScenarioResult['events'][number];
export type ScenarioSpec = ScenarioSpecFieldsFragment;
export type ScenarioEventSpec = ScenarioSpec['events'][number];
export type SavedScenarioSummary = RoadmapScenariosQuery['roadmap']['scenarios'][number];
