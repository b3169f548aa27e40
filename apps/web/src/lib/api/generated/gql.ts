/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n\tfragment ActivityEntryFields on ActivityEntry {\n\t\tid\n\t\troadmapId\n\t\troadmapTitle\n\t\tat\n\t\tkind\n\t\tsubject\n\t\tsubjectId\n\t\ttitle\n\t\tfrom\n\t\tto\n\t\tnote\n\t\tactor {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t}\n": typeof types.ActivityEntryFieldsFragmentDoc,
    "\n\tquery RoadmapActivity($roadmapId: ID!, $first: Int) {\n\t\troadmapActivity(roadmapId: $roadmapId, first: $first) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n": typeof types.RoadmapActivityDocument,
    "\n\tquery MyActivity($first: Int) {\n\t\tmyActivity(first: $first) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n": typeof types.MyActivityDocument,
    "\n\tsubscription RoadmapActivityAdded($roadmapId: ID!) {\n\t\troadmapActivityAdded(roadmapId: $roadmapId) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n": typeof types.RoadmapActivityAddedDocument,
    "\n\tsubscription MyActivityAdded {\n\t\tmyActivityAdded {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n": typeof types.MyActivityAddedDocument,
    "\n\tfragment DependencyFields on Dependency {\n\t\tkey\n\t\tkind\n\t\trank\n\t\tplatform {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\ttarget {\n\t\t\tid\n\t\t\tkind\n\t\t\tname\n\t\t\tsymbol\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tscore {\n\t\t\tvalue\n\t\t\tcoverage\n\t\t\tfactors {\n\t\t\t\tkey\n\t\t\t\tavailable\n\t\t\t\traw\n\t\t\t\tnormalized\n\t\t\t\tweight\n\t\t\t\teffectiveWeight\n\t\t\t\tcontribution\n\t\t\t\tsource {\n\t\t\t\t\tcountry\n\t\t\t\t\tstage\n\t\t\t\t\tsupplyLinkId\n\t\t\t\t\titem {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tmaterial {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tsymbol\n\t\t\t\t\t\tchemicalSymbol\n\t\t\t\t\t\tnameNl\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tweakestLink {\n\t\t\tkind\n\t\t\tvalue\n\t\t\tcontribution\n\t\t}\n\t\tweakLinks {\n\t\t\tkind\n\t\t\tcontribution\n\t\t}\n\t\tquantity {\n\t\t\tvalue\n\t\t\tunit\n\t\t\tcomplete\n\t\t}\n\t\titemCount\n\t\tpathCount\n\t\tpaths {\n\t\t\tquantity\n\t\t\titems {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DependencyFieldsFragmentDoc,
    "\n\tquery AnalysisProductGroups {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.AnalysisProductGroupsDocument,
    "\n\tquery DependencyHeatmap($productGroupId: ID!) {\n\t\tdependencyHeatmap(productGroupId: $productGroupId) {\n\t\t\tplatforms {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tmaterials {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\tcells {\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tplatformId\n\t\t\t\tmaterialId\n\t\t\t\tscore\n\t\t\t\tquantityKg\n\t\t\t\tweakestLink\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DependencyHeatmapDocument,
    "\n\tquery Dependencies($productGroupId: ID, $itemId: ID, $kind: DependencyKind, $first: Int!, $after: String) {\n\t\tdependencies(productGroupId: $productGroupId, itemId: $itemId, kind: $kind, first: $first, after: $after, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tnodes {\n\t\t\t\t...DependencyFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DependenciesDocument,
    "\n\tquery Dependency($key: String!) {\n\t\tdependency(key: $key) {\n\t\t\t...DependencyFields\n\t\t}\n\t}\n": typeof types.DependencyDocument,
    "\n\tquery MyLinkAudiences($productGroupId: ID!) {\n\t\tme {\n\t\t\torganisation {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t\tsupplyLinks(productGroupId: $productGroupId, mine: true, first: 200) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\taudience {\n\t\t\t\t\tseeEverything {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tseeFigures {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MyLinkAudiencesDocument,
    "\n\tquery ContributionsAsSeenBy($organisationId: ID!, $productGroupId: ID!) {\n\t\tmyContributionsAsSeenBy(organisationId: $organisationId, productGroupId: $productGroupId) {\n\t\t\torganisation {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tlinkCount\n\t\t\titemCount\n\t\t\tlinks {\n\t\t\t\titemName\n\t\t\t\thiddenFields\n\t\t\t\tlink {\n\t\t\t\t\tid\n\t\t\t\t\tcountry\n\t\t\t\t\tshare\n\t\t\t\t\ttier\n\t\t\t\t\tleadTimeWeeks\n\t\t\t\t\tstockMonths\n\t\t\t\t\tsingleSource\n\t\t\t\t\tvisibility\n\t\t\t\t\tsupplierName\n\t\t\t\t\tsupplier {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tcontributedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\titems {\n\t\t\t\thiddenFields\n\t\t\t\titem {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\tvisibility\n\t\t\t\t\towner {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ContributionsAsSeenByDocument,
    "\n\tmutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {\n\t\tupdateMaterial(id: $id, input: $input) {\n\t\t\tid\n\t\t\tcrmStatus\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t}\n\t}\n": typeof types.UpdateMaterialDocument,
    "\n\tmutation ReplaceMaterialSupplies($input: ReplaceMaterialSuppliesInput!) {\n\t\treplaceMaterialSupplies(input: $input) {\n\t\t\tid\n\t\t\tstage\n\t\t\tscope\n\t\t\tcountry\n\t\t\tcountryName\n\t\t\tshare\n\t\t\tsource\n\t\t\tyear\n\t\t}\n\t}\n": typeof types.ReplaceMaterialSuppliesDocument,
    "\n\tmutation RecordExportRestriction($input: RecordExportRestrictionInput!) {\n\t\trecordExportRestriction(input: $input) {\n\t\t\tid\n\t\t\tcountry\n\t\t\tmeasure\n\t\t\tsince\n\t\t\tuntil\n\t\t\tdescription\n\t\t\tsource\n\t\t\tactive\n\t\t}\n\t}\n": typeof types.RecordExportRestrictionDocument,
    "\n\tmutation UpdateExportRestriction($id: ID!, $input: UpdateExportRestrictionInput!) {\n\t\tupdateExportRestriction(id: $id, input: $input) {\n\t\t\tid\n\t\t\tuntil\n\t\t\tactive\n\t\t}\n\t}\n": typeof types.UpdateExportRestrictionDocument,
    "\n\tmutation DeleteExportRestriction($id: ID!) {\n\t\tdeleteExportRestriction(id: $id)\n\t}\n": typeof types.DeleteExportRestrictionDocument,
    "\n\tquery CatalogueHistory($id: ID!) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tchanges {\n\t\t\t\tid\n\t\t\t\tat\n\t\t\t\taction\n\t\t\t\tchanges\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n": typeof types.CatalogueHistoryDocument,
    "\n\tfragment SupplyLinkFields on SupplyLink {\n\t\tid\n\t\titemId\n\t\tcountry\n\t\tshare\n\t\ttier\n\t\tleadTimeWeeks\n\t\tstockMonths\n\t\tsingleSource\n\t\tvisibility\n\t\tsupplierName\n\t\tsupplier {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tcontributedBy {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tsharedWith {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.SupplyLinkFieldsFragmentDoc,
    "\n\tquery ChainPlatforms {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t\titems(kind: PLATFORM, first: 50) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ChainPlatformsDocument,
    "\n\tquery ChainTree($platformId: ID!) {\n\t\titem(id: $platformId) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tproductGroupId\n\t\t\tmaterials {\n\t\t\t\tmaterial {\n\t\t\t\t\tsymbol\n\t\t\t\t\tchemicalSymbol\n\t\t\t\t\tnameNl\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\tid\n\t\t\t\tcountry\n\t\t\t}\n\t\t\texplosion(maxDepth: 12) {\n\t\t\t\tdepth\n\t\t\t\tparentId\n\t\t\t\tpath\n\t\t\t\tquantity\n\t\t\t\tunit\n\t\t\t\titem {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\tmaterials {\n\t\t\t\t\t\tmaterial {\n\t\t\t\t\t\t\tsymbol\n\t\t\t\t\t\t\tchemicalSymbol\n\t\t\t\t\t\t\tnameNl\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t\tsupplyLinks {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tcountry\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ChainTreeDocument,
    "\n\tquery ChainItem($id: ID!) {\n\t\titem(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tdescription\n\t\t\tvisibility\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tmaterials {\n\t\t\t\tquantityKg\n\t\t\t\tmaterial {\n\t\t\t\t\tid\n\t\t\t\t\tsymbol\n\t\t\t\t\tchemicalSymbol\n\t\t\t\t\tnameNl\n\t\t\t\t\tname\n\t\t\t\t\tcrmStatus\n\t\t\t\t}\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\t...SupplyLinkFields\n\t\t\t}\n\t\t\tsupplyCountries {\n\t\t\t\tincludesOthers\n\t\t\t\tcontributors\n\t\t\t\tcountries {\n\t\t\t\t\tcountry\n\t\t\t\t\tshare\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ChainItemDocument,
    "\n\tquery ChainDataContext {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\torganisations {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n": typeof types.ChainDataContextDocument,
    "\n\tquery ChainDataItems($productGroupId: ID!, $after: String) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(first: 200, after: $after) {\n\t\t\t\tpageInfo {\n\t\t\t\t\thasNextPage\n\t\t\t\t\tendCursor\n\t\t\t\t}\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\towner {\n\t\t\t\t\t\tid\n\t\t\t\t\t}\n\t\t\t\t\tsupplyLinks {\n\t\t\t\t\t\t...SupplyLinkFields\n\t\t\t\t\t\taudience {\n\t\t\t\t\t\t\tseeEverything {\n\t\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\t\tname\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\tseeFigures {\n\t\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\t\tname\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ChainDataItemsDocument,
    "\n\tquery ContributionAudience($itemId: ID!, $visibility: Visibility!, $sharedWith: [ID!]) {\n\t\tcontributionAudience(itemId: $itemId, visibility: $visibility, sharedWith: $sharedWith) {\n\t\t\tseeEverything {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tseeFigures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ContributionAudienceDocument,
    "\n\tmutation CreateSupplyLink($input: CreateSupplyLinkInput!) {\n\t\tcreateSupplyLink(input: $input) {\n\t\t\t...SupplyLinkFields\n\t\t}\n\t}\n": typeof types.CreateSupplyLinkDocument,
    "\n\tmutation DeleteSupplyLink($id: ID!) {\n\t\tdeleteSupplyLink(id: $id)\n\t}\n": typeof types.DeleteSupplyLinkDocument,
    "\n\tmutation UpdateSupplyLink($id: ID!, $input: SupplyLinkInput!) {\n\t\tupdateSupplyLink(id: $id, input: $input) {\n\t\t\t...SupplyLinkFields\n\t\t}\n\t}\n": typeof types.UpdateSupplyLinkDocument,
    "\n\tfragment CommentThreadFields on DocumentCommentThread {\n\t\tid\n\t\tdocumentId\n\t\tquote\n\t\tcreatedAt\n\t\tresolved\n\t\tresolvedAt\n\t\tresolvedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t\tcanReply\n\t\tcomments {\n\t\t\tid\n\t\t\tthreadId\n\t\t\tbody\n\t\t\tcreatedAt\n\t\t\teditedAt\n\t\t\tcanEdit\n\t\t\tauthor {\n\t\t\t\tname\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n": typeof types.CommentThreadFieldsFragmentDoc,
    "\n\tquery DocumentCommentThreads($documentId: ID!) {\n\t\tdocumentCommentThreads(documentId: $documentId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": typeof types.DocumentCommentThreadsDocument,
    "\n\tmutation StartCommentThread($documentId: ID!, $quote: String!, $body: String!) {\n\t\tstartCommentThread(documentId: $documentId, quote: $quote, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": typeof types.StartCommentThreadDocument,
    "\n\tmutation ReplyToCommentThread($threadId: ID!, $body: String!) {\n\t\treplyToCommentThread(threadId: $threadId, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": typeof types.ReplyToCommentThreadDocument,
    "\n\tmutation ResolveCommentThread($threadId: ID!) {\n\t\tresolveCommentThread(threadId: $threadId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": typeof types.ResolveCommentThreadDocument,
    "\n\tmutation ReopenCommentThread($threadId: ID!) {\n\t\treopenCommentThread(threadId: $threadId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": typeof types.ReopenCommentThreadDocument,
    "\n\tmutation EditComment($commentId: ID!, $body: String!) {\n\t\teditComment(commentId: $commentId, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": typeof types.EditCommentDocument,
    "\n\tmutation DeleteComment($commentId: ID!) {\n\t\tdeleteComment(commentId: $commentId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": typeof types.DeleteCommentDocument,
    "\n\tsubscription DocumentCommentsChanged($documentId: ID!) {\n\t\tdocumentCommentsChanged(documentId: $documentId) {\n\t\t\tdocumentId\n\t\t\tthreadId\n\t\t\tthread {\n\t\t\t\t...CommentThreadFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DocumentCommentsChangedDocument,
    "\n\tquery Country($country: String!) {\n\t\tmaterialSuppliesFrom(country: $country) {\n\t\t\tid\n\t\t\tstage\n\t\t\tscope\n\t\t\tshare\n\t\t\tshareIsUpperBound\n\t\t\tyear\n\t\t\tsource\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\texportRestrictions(country: $country) {\n\t\t\tid\n\t\t\tcountry\n\t\t\tmeasure\n\t\t\tsince\n\t\t\tuntil\n\t\t\tdescription\n\t\t\tsource\n\t\t\tactive\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tmonitoringSeries(country: $country) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n": typeof types.CountryDocument,
    "\n\tfragment DisruptionReportFields on DisruptionReport {\n\t\tid\n\t\tstartedOn\n\t\tdurationWeeks\n\t\tdelayWeeks\n\t\tpriceEffectPct\n\t\tcause\n\t\tmeasures\n\t\tdescription\n\t\tvisibility\n\t\tcanUpdate\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\titem {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\treportingOrganisation {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.DisruptionReportFieldsFragmentDoc,
    "\n\tquery Disruptions($by: DisruptionGrouping!, $from: String, $to: String) {\n\t\tdisruptionReports {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t\tdisruptionSignals {\n\t\t\tmaterialId\n\t\t\tquarter\n\t\t\treports\n\t\t\torganisations\n\t\t\tincludesOthers\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tdisruptionAggregates(by: $by, from: $from, to: $to) {\n\t\t\tkey\n\t\t\treports\n\t\t\torganisations\n\t\t\taverageDelayWeeks\n\t\t\taveragePriceEffectPct\n\t\t\tincludesOthers\n\t\t}\n\t}\n": typeof types.DisruptionsDocument,
    "\n\tmutation ReportDisruption($input: DisruptionReportInput!) {\n\t\treportDisruption(input: $input) {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t}\n": typeof types.ReportDisruptionDocument,
    "\n\tmutation UpdateDisruptionReport($id: ID!, $input: DisruptionReportInput!) {\n\t\tupdateDisruptionReport(id: $id, input: $input) {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t}\n": typeof types.UpdateDisruptionReportDocument,
    "\n\tmutation DeleteDisruptionReport($id: ID!) {\n\t\tdeleteDisruptionReport(id: $id)\n\t}\n": typeof types.DeleteDisruptionReportDocument,
    "\n\tquery DisruptionFormOptions {\n\t\tmaterials(first: 200) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t\titems(first: 200) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DisruptionFormOptionsDocument,
    "\n\tquery DisruptionSignals {\n\t\tdisruptionSignals {\n\t\t\tmaterialId\n\t\t\tquarter\n\t\t\treports\n\t\t\torganisations\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DisruptionSignalsDocument,
    "\n\tmutation ExportDocument($documentId: ID!, $format: DocumentExportFormat!, $locale: String) {\n\t\texportDocument(documentId: $documentId, format: $format, locale: $locale) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tcontentBase64\n\t\t}\n\t}\n": typeof types.ExportDocumentDocument,
    "\n\tfragment DocumentFields on Document {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tlastEditedAt\n\t\tlastEditedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t\tcanEdit\n\t}\n": typeof types.DocumentFieldsFragmentDoc,
    "\n\tquery RoadmapDocuments($roadmapId: ID!) {\n\t\tdocuments(roadmapId: $roadmapId) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": typeof types.RoadmapDocumentsDocument,
    "\n\tquery Document($id: ID!) {\n\t\tdocument(id: $id) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": typeof types.DocumentDocument,
    "\n\tquery DocumentRoadmap($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n": typeof types.DocumentRoadmapDocument,
    "\n\tmutation CreateDocument($roadmapId: ID!, $title: String!) {\n\t\tcreateDocument(roadmapId: $roadmapId, title: $title) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": typeof types.CreateDocumentDocument,
    "\n\tmutation RenameDocument($id: ID!, $title: String!) {\n\t\trenameDocument(id: $id, title: $title) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": typeof types.RenameDocumentDocument,
    "\n\tmutation DeleteDocument($id: ID!) {\n\t\tdeleteDocument(id: $id)\n\t}\n": typeof types.DeleteDocumentDocument,
    "\n\tfragment DocumentVersionFields on DocumentVersion {\n\t\tid\n\t\tdocumentId\n\t\tname\n\t\tcreatedAt\n\t\tsizeBytes\n\t\tcreatedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t}\n": typeof types.DocumentVersionFieldsFragmentDoc,
    "\n\tquery DocumentVersions($documentId: ID!) {\n\t\tdocumentVersions(documentId: $documentId) {\n\t\t\t...DocumentVersionFields\n\t\t}\n\t}\n": typeof types.DocumentVersionsDocument,
    "\n\tmutation SaveDocumentVersion($documentId: ID!, $name: String!) {\n\t\tsaveDocumentVersion(documentId: $documentId, name: $name) {\n\t\t\t...DocumentVersionFields\n\t\t}\n\t}\n": typeof types.SaveDocumentVersionDocument,
    "\n\tquery DocumentDiff($versionId: ID!) {\n\t\tdocumentDiff(versionId: $versionId) {\n\t\t\tkind\n\t\t\ttext\n\t\t}\n\t}\n": typeof types.DocumentDiffDocument,
    "\n\tmutation RestoreDocumentVersion($versionId: ID!) {\n\t\trestoreDocumentVersion(versionId: $versionId) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": typeof types.RestoreDocumentVersionDocument,
    "\n\tquery ChainImportTemplate($language: ImportLanguage!) {\n\t\tchainImportTemplate(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": typeof types.ChainImportTemplateDocument,
    "\n\tmutation ImportChainData($productGroupId: ID!, $fileName: String!, $contentBase64: String!, $apply: Boolean, $importId: ID) {\n\t\timportChainData(productGroupId: $productGroupId, fileName: $fileName, contentBase64: $contentBase64, apply: $apply, importId: $importId) {\n\t\t\tapplied\n\t\t\terrors {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tparams\n\t\t\t}\n\t\t\titems {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tcompositions {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\titemMaterials {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tchanges {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tentity\n\t\t\t\taction\n\t\t\t\tlabel\n\t\t\t\tfields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ImportChainDataDocument,
    "\n\tmutation ExportChainData($productGroupId: ID!, $format: ChainDataExportFormat!) {\n\t\texportChainData(productGroupId: $productGroupId, format: $format) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": typeof types.ExportChainDataDocument,
    "\n\tsubscription ChainImportProgress($importId: ID!) {\n\t\tchainImportProgress(importId: $importId) {\n\t\t\timportId\n\t\t\tphase\n\t\t\tdone\n\t\t\ttotal\n\t\t\tpercent\n\t\t}\n\t}\n": typeof types.ChainImportProgressDocument,
    "\n\tmutation ExportSupplyLinks($productGroupId: ID!, $format: ChainDataExportFormat!, $language: ImportLanguage!) {\n\t\texportSupplyLinks(productGroupId: $productGroupId, format: $format, language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\trows\n\t\t\tbase64\n\t\t}\n\t}\n": typeof types.ExportSupplyLinksDocument,
    "\n\tfragment InterventionCardFields on Intervention {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\ttype\n\t\tinstrument\n\t\timpact\n\t\teffort\n\t\tquadrant\n\t\thorizon\n\t\tstatus\n\t\tprogressPct\n\t\tdueDate\n\t\towner {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\townerKind\n\t\tproposedBy {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t\trisks {\n\t\t\tid\n\t\t\ttitle\n\t\t\tdependencyKey\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tcanUpdate\n\t\tcanDecide\n\t\tallowedTransitions\n\t\tupdatedAt\n\t}\n": typeof types.InterventionCardFieldsFragmentDoc,
    "\n\tfragment InterventionFields on Intervention {\n\t\t...InterventionCardFields\n\t\tdescription\n\t\tstatusReason\n\t\tdeliverable\n\t\tdetails\n\t\tdetailsVisibility\n\t\tcreatedAt\n\t\trisks {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlevel\n\t\t\tlikelihood\n\t\t\timpact\n\t\t\tstatus\n\t\t\tdependencyKey\n\t\t\tevidence {\n\t\t\t\tscore\n\t\t\t\ttargetName\n\t\t\t\tkind\n\t\t\t\tplatformName\n\t\t\t\tcomputedAt\n\t\t\t}\n\t\t\tliveScore\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\thistory {\n\t\t\tid\n\t\t\tkind\n\t\t\tfromStatus\n\t\t\ttoStatus\n\t\t\treason\n\t\t\tnote\n\t\t\tprogressPct\n\t\t\tat\n\t\t\tactor {\n\t\t\t\tname\n\t\t\t\torganisationId\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n": typeof types.InterventionFieldsFragmentDoc,
    "\n\tquery InterventionsPage($roadmapId: ID!, $filter: InterventionFilter) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlevel\n\t\t\tdependencyKey\n\t\t\tevidence {\n\t\t\t\tplatformName\n\t\t\t}\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tinterventions(roadmapId: $roadmapId, filter: $filter) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n": typeof types.InterventionsPageDocument,
    "\n\tquery Interventions($roadmapId: ID!, $filter: InterventionFilter) {\n\t\tinterventions(roadmapId: $roadmapId, filter: $filter) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n": typeof types.InterventionsDocument,
    "\n\tquery Intervention($id: ID!) {\n\t\tintervention(id: $id) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n": typeof types.InterventionDocument,
    "\n\tquery InterventionRoadmap($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.InterventionRoadmapDocument,
    "\n\tmutation ProposeIntervention($input: ProposeInterventionInput!) {\n\t\tproposeIntervention(input: $input) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n": typeof types.ProposeInterventionDocument,
    "\n\tmutation SetInterventionStatus($id: ID!, $to: InterventionStatus!, $reason: String) {\n\t\tsetInterventionStatus(id: $id, to: $to, reason: $reason) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n": typeof types.SetInterventionStatusDocument,
    "\n\tmutation ReportInterventionProgress($id: ID!, $progressPct: Int!, $note: String!) {\n\t\treportInterventionProgress(id: $id, progressPct: $progressPct, note: $note) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n": typeof types.ReportInterventionProgressDocument,
    "\n\tmutation DeleteIntervention($id: ID!) {\n\t\tdeleteIntervention(id: $id)\n\t}\n": typeof types.DeleteInterventionDocument,
    "\n\tfragment AgreementFields on Agreement {\n\t\tresponsible {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\tdueDate\n\t\tdeliverable\n\t\tstatus\n\t\toverdue\n\t\tintervention {\n\t\t\tid\n\t\t\ttitle\n\t\t\ttype\n\t\t\tprogressPct\n\t\t\tcanDecide\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.AgreementFieldsFragmentDoc,
    "\n\tquery AgreementsPage($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tagreements(roadmapId: $roadmapId) {\n\t\t\t...AgreementFields\n\t\t}\n\t}\n": typeof types.AgreementsPageDocument,
    "\n\tmutation SetAgreement($interventionId: ID!, $responsibleOrgId: ID, $dueDate: String, $deliverable: String) {\n\t\tsetAgreement(interventionId: $interventionId, responsibleOrgId: $responsibleOrgId, dueDate: $dueDate, deliverable: $deliverable) {\n\t\t\t...AgreementFields\n\t\t}\n\t}\n": typeof types.SetAgreementDocument,
    "\n\tmutation ExportAgreements($roadmapId: ID!, $format: AgreementExportFormat!) {\n\t\texportAgreements(roadmapId: $roadmapId, format: $format) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": typeof types.ExportAgreementsDocument,
    "\n\tfragment LiveDependencyRowFields on Dependency {\n\t\tkey\n\t\tkind\n\t\tplatform {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\ttarget {\n\t\t\tid\n\t\t\tkind\n\t\t\tname\n\t\t\tsymbol\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tscore {\n\t\t\tvalue\n\t\t}\n\t}\n": typeof types.LiveDependencyRowFieldsFragmentDoc,
    "\n\tquery LiveProductGroupDependencies($productGroupId: ID!, $kind: DependencyKind, $first: Int!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tdependencies(productGroupId: $productGroupId, kind: $kind, first: $first, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tnodes {\n\t\t\t\t...LiveDependencyRowFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LiveProductGroupDependenciesDocument,
    "\n\tquery LiveItemDependencies($itemId: ID!, $kind: DependencyKind, $first: Int!) {\n\t\titem(id: $itemId) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tproductGroupId\n\t\t}\n\t\tdependencies(itemId: $itemId, kind: $kind, first: $first, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tnodes {\n\t\t\t\t...LiveDependencyRowFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LiveItemDependenciesDocument,
    "\n\tquery LiveMaterial($id: ID!) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t\tname\n\t\t\tcrmStatus\n\t\t\tparentSymbol\n\t\t\tsupplyRisk\n\t\t\teconomicImportance\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t\tsupplies(scope: GLOBAL) {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tscope\n\t\t\t\tcountry\n\t\t\t\tcountryName\n\t\t\t\tshare\n\t\t\t\tshareIsUpperBound\n\t\t\t\tsource\n\t\t\t\tyear\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LiveMaterialDocument,
    "\n\tquery LiveScenario($id: ID!) {\n\t\tsavedScenario(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tinput {\n\t\t\t\tproductGroupId\n\t\t\t}\n\t\t\tresult {\n\t\t\t\tmonths\n\t\t\t\tshortItemCount\n\t\t\t\tplatforms {\n\t\t\t\t\tplatform {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tfirstShortfall\n\t\t\t\t\tworstAvailability\n\t\t\t\t\tshortItemCount\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LiveScenarioDocument,
    "\n\tsubscription LiveFigureChainChanged($productGroupId: ID!) {\n\t\tsupplyLinkChanged(productGroupId: $productGroupId) {\n\t\t\tkind\n\t\t}\n\t}\n": typeof types.LiveFigureChainChangedDocument,
    "\n\tquery LiveFigureChoices($roadmapId: ID!) {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\tproductGroupId\n\t\t\tscenarios {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LiveFigureChoicesDocument,
    "\n\tquery LiveFigurePlatforms($productGroupId: ID!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(kind: PLATFORM, first: 200) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LiveFigurePlatformsDocument,
    "\n\tquery LiveFigureMaterials($search: String) {\n\t\tmaterials(search: $search, first: 30) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t\tcrmStatus\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LiveFigureMaterialsDocument,
    "\n\tquery LiveAgreements($roadmapId: ID!) {\n\t\tagreements(roadmapId: $roadmapId) {\n\t\t\tintervention {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t}\n\t\t\tresponsible {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tdueDate\n\t\t\tdeliverable\n\t\t\tstatus\n\t\t\toverdue\n\t\t}\n\t}\n": typeof types.LiveAgreementsDocument,
    "\n\tquery LiveRisks($roadmapId: ID!) {\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlikelihood\n\t\t\timpact\n\t\t\tlevel\n\t\t\tstatus\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LiveRisksDocument,
    "\n\tquery LiveInterventions($roadmapId: ID!) {\n\t\tinterventions(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\timpact\n\t\t\teffort\n\t\t\tquadrant\n\t\t\tstatus\n\t\t}\n\t}\n": typeof types.LiveInterventionsDocument,
    "\n\tsubscription LiveFigureRoadmapActivity($roadmapId: ID!) {\n\t\troadmapActivityAdded(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.LiveFigureRoadmapActivityDocument,
    "\n\tquery Materials($crmList: Boolean, $critical: Boolean, $search: String, $first: Int, $after: String) {\n\t\tmaterials(crmList: $crmList, critical: $critical, search: $search, first: $first, after: $after) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tcrmStatus\n\t\t\t\tcritical\n\t\t\t\tonCrmList\n\t\t\t\tparentSymbol\n\t\t\t\tsupplyRisk\n\t\t\t\teolRecyclingRate\n\t\t\t\tgroup {\n\t\t\t\t\tid\n\t\t\t\t\tsymbol\n\t\t\t\t\tsupplyRisk\n\t\t\t\t\teolRecyclingRate\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MaterialsDocument,
    "\n\tfragment MaterialConcentration on Concentration {\n\t\thhi\n\t\thhiNormalised\n\t\tband\n\t\trescaledFrom\n\t}\n": typeof types.MaterialConcentrationFragmentDoc,
    "\n\tquery MaterialFactsheet($symbol: String!) {\n\t\tmaterial(symbol: $symbol) {\n\t\t\tid\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tname\n\t\t\tnameNl\n\t\t\tcrmStatus\n\t\t\tcritical\n\t\t\tonCrmList\n\t\t\tlistYear\n\t\t\tparentSymbol\n\t\t\tsupplyRisk\n\t\t\teconomicImportance\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t\tgroup {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tsupplyRisk\n\t\t\t\teconomicImportance\n\t\t\t\timportReliance\n\t\t\t\teolRecyclingRate\n\t\t\t\tsubstitutionIndex\n\t\t\t}\n\t\t\teGlobal: concentration(stage: EXTRACTION, scope: GLOBAL) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\teEu: concentration(stage: EXTRACTION, scope: EU_SOURCING) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tpGlobal: concentration(stage: PROCESSING, scope: GLOBAL) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tpEu: concentration(stage: PROCESSING, scope: EU_SOURCING) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tsupplies {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tscope\n\t\t\t\tcountry\n\t\t\t\tcountryName\n\t\t\t\tshare\n\t\t\t\tshareIsUpperBound\n\t\t\t\tsource\n\t\t\t\tyear\n\t\t\t}\n\t\t\tmembers {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tcrmStatus\n\t\t\t}\n\t\t\tusedIn {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\texportRestrictions {\n\t\t\t\tid\n\t\t\t\tcountry\n\t\t\t\tmeasure\n\t\t\t\tsince\n\t\t\t\tuntil\n\t\t\t\tdescription\n\t\t\t\tsource\n\t\t\t\tactive\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MaterialFactsheetDocument,
    "\n\tfragment MonitoringSeriesFields on MonitoringSeries {\n\t\tid\n\t\tname\n\t\tsubjectKind\n\t\tcountry\n\t\tindicator\n\t\tcustomName\n\t\tunit\n\t\tfrequency\n\t\tsource\n\t\tlicence\n\t\tdemo\n\t\tupdatedAt\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\tpublisher {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.MonitoringSeriesFieldsFragmentDoc,
    "\n\tfragment MonitoringAlertFields on MonitoringAlert {\n\t\tid\n\t\tdate\n\t\tvalue\n\t\tseverity\n\t\traisedAt\n\t\tacknowledged\n\t\tongoing\n\t\tthresholdId\n\t\tthreshold {\n\t\t\tid\n\t\t\tkind\n\t\t\tvalue\n\t\t\tpercent\n\t\t\tperiods\n\t\t}\n\t\tseries {\n\t\t\tid\n\t\t\tname\n\t\t\tunit\n\t\t}\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n": typeof types.MonitoringAlertFieldsFragmentDoc,
    "\n\tfragment SeriesChartFields on MonitoringSeries {\n\t\t...MonitoringSeriesFields\n\t\tobservations {\n\t\t\tdate\n\t\t\tvalue\n\t\t\tnote\n\t\t}\n\t\tthresholds {\n\t\t\tid\n\t\t\tkind\n\t\t\tvalue\n\t\t\tpercent\n\t\t\tperiods\n\t\t\tseverity\n\t\t}\n\t\talerts {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tthresholdId\n\t\t}\n\t}\n": typeof types.SeriesChartFieldsFragmentDoc,
    "\n\tquery MonitoringSeriesList($materialId: ID, $from: String!, $to: String!) {\n\t\tmonitoringSeries(materialId: $materialId) {\n\t\t\t...MonitoringSeriesFields\n\t\t\tlatest {\n\t\t\t\tdate\n\t\t\t\tvalue\n\t\t\t}\n\t\t\tchange(from: $from, to: $to) {\n\t\t\t\tpercent\n\t\t\t\tchange\n\t\t\t\tfirst {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t\tlast {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MonitoringSeriesListDocument,
    "\n\tquery SubjectSeries($materialId: ID, $itemId: ID) {\n\t\tmonitoringSeries(materialId: $materialId, itemId: $itemId) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n": typeof types.SubjectSeriesDocument,
    "\n\tquery MonitoringSeries($id: ID!) {\n\t\tmonitoringSeriesById(id: $id) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n": typeof types.MonitoringSeriesDocument,
    "\n\tquery MyAlerts($includeAcknowledged: Boolean!) {\n\t\tmyAlerts(includeAcknowledged: $includeAcknowledged) {\n\t\t\t...MonitoringAlertFields\n\t\t}\n\t}\n": typeof types.MyAlertsDocument,
    "\n\tquery MonitoringOverview($roadmapId: ID!, $from: String!, $to: String!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t\tmonitoringOverview(roadmapId: $roadmapId, from: $from, to: $to) {\n\t\t\tseries {\n\t\t\t\t...MonitoringSeriesFields\n\t\t\t}\n\t\t\tchange {\n\t\t\t\tpercent\n\t\t\t\tchange\n\t\t\t\tfirst {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t\tlast {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t\talerts {\n\t\t\t\tid\n\t\t\t\tdate\n\t\t\t\tvalue\n\t\t\t\tseverity\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MonitoringOverviewDocument,
    "\n\tmutation CreateMonitoringSeries($input: MonitoringSeriesInput!) {\n\t\tcreateMonitoringSeries(input: $input) {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.CreateMonitoringSeriesDocument,
    "\n\tmutation AddObservations($seriesId: ID!, $observations: [ObservationInput!]!) {\n\t\taddObservations(seriesId: $seriesId, observations: $observations) {\n\t\t\timported\n\t\t\talertsRaised\n\t\t}\n\t}\n": typeof types.AddObservationsDocument,
    "\n\tmutation ImportObservations($seriesId: ID!, $fileName: String!, $contentBase64: String!) {\n\t\timportObservations(seriesId: $seriesId, fileName: $fileName, contentBase64: $contentBase64) {\n\t\t\timported\n\t\t\talertsRaised\n\t\t}\n\t}\n": typeof types.ImportObservationsDocument,
    "\n\tmutation DeleteObservation($seriesId: ID!, $date: String!) {\n\t\tdeleteObservation(seriesId: $seriesId, date: $date)\n\t}\n": typeof types.DeleteObservationDocument,
    "\n\tmutation CreateThreshold($seriesId: ID!, $input: ThresholdInput!) {\n\t\tcreateThreshold(seriesId: $seriesId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.CreateThresholdDocument,
    "\n\tmutation DeleteThreshold($id: ID!) {\n\t\tdeleteThreshold(id: $id)\n\t}\n": typeof types.DeleteThresholdDocument,
    "\n\tmutation AcknowledgeAlert($id: ID!) {\n\t\tacknowledgeAlert(id: $id) {\n\t\t\tid\n\t\t\tacknowledged\n\t\t}\n\t}\n": typeof types.AcknowledgeAlertDocument,
    "\n\tsubscription MonitoringSeriesChanged($seriesId: ID!) {\n\t\tmonitoringSeriesChanged(seriesId: $seriesId) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n": typeof types.MonitoringSeriesChangedDocument,
    "\n\tsubscription MyAlertRaised {\n\t\tmyAlertRaised {\n\t\t\t...MonitoringAlertFields\n\t\t}\n\t}\n": typeof types.MyAlertRaisedDocument,
    "\n\tfragment RiskFields on Risk {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\trationale\n\t\tlikelihood\n\t\timpact\n\t\tlevel\n\t\tstatus\n\t\towner {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\treviewDate\n\t\tmonitoringIndicator\n\t\tdependencyKey\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\tevidence {\n\t\t\tscore\n\t\t\ttargetName\n\t\t\tkind\n\t\t\tplatformName\n\t\t\tcomputedAt\n\t\t\tfactors {\n\t\t\t\tname\n\t\t\t\tvalue\n\t\t\t}\n\t\t}\n\t\tliveScore\n\t\tscoreChange\n\t\tinterventions {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t}\n\t\talerts {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tseries {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tunit\n\t\t\t}\n\t\t}\n\t\tcreatedBy {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tcanUpdate\n\t\tcanDelete\n\t}\n": typeof types.RiskFieldsFragmentDoc,
    "\n\tquery RiskRegister($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\t...RiskFields\n\t\t}\n\t\tmyAlerts(includeAcknowledged: true) {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tseries {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tunit\n\t\t\t}\n\t\t\troadmaps {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t}\n": typeof types.RiskRegisterDocument,
    "\n\tmutation CreateRisk($input: CreateRiskInput!) {\n\t\tcreateRisk(input: $input) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n": typeof types.CreateRiskDocument,
    "\n\tmutation CreateRiskFromDependency($roadmapId: ID!, $dependencyKey: String!) {\n\t\tcreateRiskFromDependency(roadmapId: $roadmapId, dependencyKey: $dependencyKey) {\n\t\t\tid\n\t\t\troadmapId\n\t\t\ttitle\n\t\t\tevidence {\n\t\t\t\tscore\n\t\t\t}\n\t\t}\n\t}\n": typeof types.CreateRiskFromDependencyDocument,
    "\n\tmutation UpdateRisk($id: ID!, $input: UpdateRiskInput!) {\n\t\tupdateRisk(id: $id, input: $input) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n": typeof types.UpdateRiskDocument,
    "\n\tmutation DeleteRisk($id: ID!) {\n\t\tdeleteRisk(id: $id)\n\t}\n": typeof types.DeleteRiskDocument,
    "\n\tquery RiskTargetRoadmaps {\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroupId\n\t\t}\n\t}\n": typeof types.RiskTargetRoadmapsDocument,
    "\n\tmutation LinkAlertToRisk($riskId: ID!, $alertId: ID!) {\n\t\tlinkAlertToRisk(riskId: $riskId, alertId: $alertId) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n": typeof types.LinkAlertToRiskDocument,
    "\n\tmutation UnlinkAlertFromRisk($riskId: ID!, $alertId: ID!) {\n\t\tunlinkAlertFromRisk(riskId: $riskId, alertId: $alertId) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n": typeof types.UnlinkAlertFromRiskDocument,
    "\n\tfragment ParticipantFields on Participant {\n\t\tid\n\t\trole\n\t\torganisation {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n\tquery MyRoadmaps {\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tphase\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\t...ParticipantFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MyRoadmapsDocument,
    "\n\tquery Roadmap($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tphase\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\t...ParticipantFields\n\t\t\t}\n\t\t}\n\t\torganisations {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n": typeof types.RoadmapDocument,
    "\n\tmutation SetParticipant($roadmapId: ID!, $organisationId: ID!, $role: ParticipantRole!) {\n\t\tsetParticipant(roadmapId: $roadmapId, organisationId: $organisationId, role: $role) {\n\t\t\t...ParticipantFields\n\t\t}\n\t}\n": typeof types.SetParticipantDocument,
    "\n\tmutation RemoveParticipant($roadmapId: ID!, $organisationId: ID!) {\n\t\tremoveParticipant(roadmapId: $roadmapId, organisationId: $organisationId)\n\t}\n": typeof types.RemoveParticipantDocument,
    "\n\tfragment ScenarioResultFields on ScenarioResult {\n\t\tname\n\t\tmonths\n\t\twarnings\n\t\tshortItemCount\n\t\tevents {\n\t\t\tid\n\t\t\tcountry\n\t\t\tcutFraction\n\t\t\tsourceShare\n\t\t\tsupplyLoss\n\t\t\tstage\n\t\t\tfrom\n\t\t\tuntil\n\t\t\ttargetKind\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tplatforms {\n\t\t\tplatform {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tfirstShortfall\n\t\t\tworstAvailability\n\t\t\tshortItemCount\n\t\t\ttimeline {\n\t\t\t\tmonth\n\t\t\t\tavailability\n\t\t\t}\n\t\t}\n\t\titems {\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tsupplyDropFrom\n\t\t\tshortfallFrom\n\t\t\tworstShortfall\n\t\t\tmonthsShort\n\t\t\trecoveredFrom\n\t\t\tcauses\n\t\t}\n\t}\n": typeof types.ScenarioResultFieldsFragmentDoc,
    "\n\tfragment ScenarioSpecFields on ScenarioSpec {\n\t\tproductGroupId\n\t\thorizonMonths\n\t\tscope\n\t\tstartDate\n\t\tevents {\n\t\t\tid\n\t\t\tcountry\n\t\t\tcutPercent\n\t\t\tstart\n\t\t\tdurationMonths\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ScenarioSpecFieldsFragmentDoc,
    "\n\tquery ScenarioSetup($productGroupId: ID!) {\n\t\tdependencyHeatmap(productGroupId: $productGroupId) {\n\t\t\tmaterials {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroupId\n\t\t}\n\t}\n": typeof types.ScenarioSetupDocument,
    "\n\tquery MaterialSuppliers($id: ID!, $scope: SupplyScope) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tsupplies(scope: $scope) {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tcountry\n\t\t\t\tshare\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MaterialSuppliersDocument,
    "\n\tquery ScenarioItemSearch($productGroupId: ID!, $search: String!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(search: $search, first: 20) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ScenarioItemSearchDocument,
    "\n\tquery RunScenario($input: ScenarioInput!) {\n\t\trunScenario(input: $input) {\n\t\t\t...ScenarioResultFields\n\t\t}\n\t}\n": typeof types.RunScenarioDocument,
    "\n\tmutation SaveScenario($roadmapId: ID!, $name: String!, $input: ScenarioInput!) {\n\t\tsaveScenario(roadmapId: $roadmapId, name: $name, input: $input) {\n\t\t\tid\n\t\t\tname\n\t\t\troadmapId\n\t\t}\n\t}\n": typeof types.SaveScenarioDocument,
    "\n\tmutation DeleteScenario($id: ID!) {\n\t\tdeleteScenario(id: $id)\n\t}\n": typeof types.DeleteScenarioDocument,
    "\n\tquery RoadmapScenarios($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\tscenarios {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcreatedAt\n\t\t\t\tcreatedBy {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinput {\n\t\t\t\t\t...ScenarioSpecFields\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.RoadmapScenariosDocument,
    "\n\tquery SavedScenario($id: ID!, $roadmapId: ID!) {\n\t\tsavedScenario(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\troadmapId\n\t\t\tinput {\n\t\t\t\t...ScenarioSpecFields\n\t\t\t}\n\t\t\tresult {\n\t\t\t\t...ScenarioResultFields\n\t\t\t}\n\t\t}\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n": typeof types.SavedScenarioDocument,
    "\n\tfragment UserFields on User {\n\t\tid\n\t\temail\n\t\tname\n\t\trole\n\t\torganisation {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n": typeof types.UserFieldsFragmentDoc,
    "\n\tquery Me {\n\t\tme {\n\t\t\t...UserFields\n\t\t}\n\t\tmyPermissionRules\n\t}\n": typeof types.MeDocument,
    "\n\tquery PermissionRules {\n\t\tmyPermissionRules\n\t}\n": typeof types.PermissionRulesDocument,
    "\n\tmutation Login($email: String!, $password: String!, $organisationId: ID) {\n\t\tlogin(email: $email, password: $password, organisationId: $organisationId) {\n\t\t\tuser {\n\t\t\t\t...UserFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.LoginDocument,
    "\n\tmutation Logout {\n\t\tlogout\n\t}\n": typeof types.LogoutDocument,
    "\n\tquery Demo {\n\t\tdemo {\n\t\t\tenabled\n\t\t\tusers {\n\t\t\t\temail\n\t\t\t\tdescription\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DemoDocument,
    "\n\tfragment SupplierProfileFields on SupplierProfile {\n\t\tid\n\t\tname\n\t\tprovince\n\t\tsizeClass\n\t\tcategory\n\t\tcapabilities\n\t\tkvkNumber\n\t\tcertifications\n\t\tsectors\n\t\tclearance\n\t\tcapacityHoursPerMonth\n\t\tcapacityFrom\n\t\tdescription\n\t\thiddenFromYou\n\t\tgovernmentOnly\n\t\tdemo\n\t\tisOwn\n\t\tkeptByYou\n\t}\n": typeof types.SupplierProfileFieldsFragmentDoc,
    "\n\tfragment MatchNoteFields on MatchNote {\n\t\tcode\n\t\tvalues\n\t\tamount\n\t}\n": typeof types.MatchNoteFieldsFragmentDoc,
    "\n\tfragment CapacityDemandFields on CapacityDemand {\n\t\tid\n\t\ttitle\n\t\tdescription\n\t\tcapabilities\n\t\tquantity\n\t\thoursPerMonth\n\t\twindowStart\n\t\twindowEnd\n\t\trequiredCertifications\n\t\trequiredClearance\n\t\tcanUpdate\n\t\troadmapId\n\t\tinterventionId\n\t\tpublisher {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\titem {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.CapacityDemandFieldsFragmentDoc,
    "\n\tquery SupplierFrontDoor {\n\t\tmySupplierProfile {\n\t\t\t...SupplierProfileFields\n\t\t}\n\t\tdemandsForMe {\n\t\t\tscore\n\t\t\tdemand {\n\t\t\t\t...CapacityDemandFields\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tmyResponse {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t}\n\t\t}\n\t\tcapacityDemands {\n\t\t\t...CapacityDemandFields\n\t\t}\n\t}\n": typeof types.SupplierFrontDoorDocument,
    "\n\tquery CapacityDemand($id: ID!) {\n\t\tcapacityDemand(id: $id) {\n\t\t\t...CapacityDemandFields\n\t\t\tresponses {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t\tisOwn\n\t\t\t\tprofile {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.CapacityDemandDocument,
    "\n\tquery DemandCandidates($demandId: ID!, $first: Int) {\n\t\tdemandCandidates(demandId: $demandId, first: $first) {\n\t\t\tscore\n\t\t\tshortlisted\n\t\t\tprofile {\n\t\t\t\t...SupplierProfileFields\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tresponse {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t}\n\t\t}\n\t}\n": typeof types.DemandCandidatesDocument,
    "\n\tquery SupplierProfile($id: ID!) {\n\t\tsupplierProfile(id: $id) {\n\t\t\t...SupplierProfileFields\n\t\t}\n\t\tsimilarSuppliers(profileId: $id, first: 10) {\n\t\t\tsimilarity\n\t\t\tshared\n\t\t\tprofile {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcategory\n\t\t\t\tprovince\n\t\t\t\tdemo\n\t\t\t}\n\t\t}\n\t}\n": typeof types.SupplierProfileDocument,
    "\n\tmutation PublishCapacityDemand($input: CapacityDemandInput!) {\n\t\tpublishCapacityDemand(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.PublishCapacityDemandDocument,
    "\n\tmutation RespondToDemand($demandId: ID!, $input: DemandResponseInput!) {\n\t\trespondToDemand(demandId: $demandId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.RespondToDemandDocument,
    "\n\tmutation ShortlistSupplier($demandId: ID!, $profileId: ID!) {\n\t\tshortlistSupplier(demandId: $demandId, profileId: $profileId)\n\t}\n": typeof types.ShortlistSupplierDocument,
    "\n\tmutation RemoveFromShortlist($demandId: ID!, $profileId: ID!) {\n\t\tremoveFromShortlist(demandId: $demandId, profileId: $profileId)\n\t}\n": typeof types.RemoveFromShortlistDocument,
    "\n\tmutation CreateSupplierProfile($input: SupplierProfileInput!) {\n\t\tcreateSupplierProfile(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.CreateSupplierProfileDocument,
    "\n\tmutation UpdateSupplierProfile($id: ID!, $input: SupplierProfileInput!) {\n\t\tupdateSupplierProfile(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.UpdateSupplierProfileDocument,
    "\n\tquery SupplierDirectory($search: String, $capability: Capability, $category: DefenceCategory, $province: Province, $first: Int, $offset: Int) {\n\t\tsupplierProfiles(search: $search, capability: $capability, category: $category, province: $province, first: $first, offset: $offset) {\n\t\t\ttotal\n\t\t\tprofiles {\n\t\t\t\t...SupplierProfileFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.SupplierDirectoryDocument,
    "\n\tmutation UpdateCapacityDemand($id: ID!, $input: CapacityDemandInput!) {\n\t\tupdateCapacityDemand(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.UpdateCapacityDemandDocument,
    "\n\tmutation DeleteCapacityDemand($id: ID!) {\n\t\tdeleteCapacityDemand(id: $id)\n\t}\n": typeof types.DeleteCapacityDemandDocument,
    "\n\tmutation WithdrawDemandResponse($id: ID!) {\n\t\twithdrawDemandResponse(id: $id)\n\t}\n": typeof types.WithdrawDemandResponseDocument,
    "\n\tquery InterventionCandidates($id: ID!) {\n\t\tintervention(id: $id) {\n\t\t\tid\n\t\t\ttype\n\t\t\tatRiskItems {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tkind\n\t\t\t}\n\t\t\tcandidateSuppliers {\n\t\t\t\tlinkedAt\n\t\t\t\tlinkedBy {\n\t\t\t\t\tname\n\t\t\t\t\torganisationId\n\t\t\t\t\torganisationName\n\t\t\t\t}\n\t\t\t\tprofile {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tcategory\n\t\t\t\t\tprovince\n\t\t\t\t\tcapabilities\n\t\t\t\t\tdemo\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.InterventionCandidatesDocument,
    "\n\tquery ItemCandidates($itemId: ID!, $capabilities: [Capability!], $first: Int) {\n\t\titemCandidates(itemId: $itemId, capabilities: $capabilities, first: $first) {\n\t\t\tscore\n\t\t\tprofile {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcategory\n\t\t\t\tprovince\n\t\t\t\tdemo\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ItemCandidatesDocument,
    "\n\tmutation LinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {\n\t\tlinkInterventionCandidate(interventionId: $interventionId, profileId: $profileId) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.LinkInterventionCandidateDocument,
    "\n\tmutation UnlinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {\n\t\tunlinkInterventionCandidate(interventionId: $interventionId, profileId: $profileId) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.UnlinkInterventionCandidateDocument,
    "\n\tquery RoadmapPhases($roadmapId: ID!) {\n\t\troadmapPhases(roadmapId: $roadmapId) {\n\t\t\tphase\n\t\t\tcurrent\n\t\t\tdone\n\t\t\topenPoints {\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tcount\n\t\t\t\tlink\n\t\t\t}\n\t\t}\n\t}\n": typeof types.RoadmapPhasesDocument,
    "\n\tmutation MoveRoadmapPhase($roadmapId: ID!, $to: RoadmapPhase!, $note: String) {\n\t\tmoveRoadmapPhase(roadmapId: $roadmapId, to: $to, note: $note) {\n\t\t\tid\n\t\t\tphase\n\t\t}\n\t}\n": typeof types.MoveRoadmapPhaseDocument,
    "\n\tquery MyTasks {\n\t\tmyTasks {\n\t\t\townedInterventions {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tdueDate\n\t\t\t\tprogressPct\n\t\t\t}\n\t\t\tawaitingDecision {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\timpact\n\t\t\t\teffort\n\t\t\t\tproposedBy {\n\t\t\t\t\tname\n\t\t\t\t\torganisationName\n\t\t\t\t}\n\t\t\t}\n\t\t\trisksToReview {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tlevel\n\t\t\t\treviewDate\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MyTasksDocument,
    "\n\tquery MemberProfileImportTemplate($language: ImportLanguage!) {\n\t\tmemberProfileImportTemplate(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": typeof types.MemberProfileImportTemplateDocument,
    "\n\tmutation ImportMemberProfiles($fileName: String!, $contentBase64: String!, $apply: Boolean) {\n\t\timportMemberProfiles(fileName: $fileName, contentBase64: $contentBase64, apply: $apply) {\n\t\t\tapplied\n\t\t\trows\n\t\t\terrors {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tparams\n\t\t\t}\n\t\t\tprofiles {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tchanges {\n\t\t\t\trow\n\t\t\t\tkvkNumber\n\t\t\t\tname\n\t\t\t\taction\n\t\t\t\tfields\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ImportMemberProfilesDocument,
    "\n\tquery MemberProfiles($search: String, $first: Int, $offset: Int) {\n\t\tmemberProfiles(search: $search, first: $first, offset: $offset) {\n\t\t\ttotal\n\t\t\tprofiles {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tkvkNumber\n\t\t\t\tprovince\n\t\t\t\tcategory\n\t\t\t\tcapabilities\n\t\t\t\tgovernmentOnly\n\t\t\t}\n\t\t}\n\t}\n": typeof types.MemberProfilesDocument,
    "\n\tmutation ExportMemberProfiles($language: ImportLanguage) {\n\t\texportMemberProfiles(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": typeof types.ExportMemberProfilesDocument,
};
const documents: Documents = {
    "\n\tfragment ActivityEntryFields on ActivityEntry {\n\t\tid\n\t\troadmapId\n\t\troadmapTitle\n\t\tat\n\t\tkind\n\t\tsubject\n\t\tsubjectId\n\t\ttitle\n\t\tfrom\n\t\tto\n\t\tnote\n\t\tactor {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t}\n": types.ActivityEntryFieldsFragmentDoc,
    "\n\tquery RoadmapActivity($roadmapId: ID!, $first: Int) {\n\t\troadmapActivity(roadmapId: $roadmapId, first: $first) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n": types.RoadmapActivityDocument,
    "\n\tquery MyActivity($first: Int) {\n\t\tmyActivity(first: $first) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n": types.MyActivityDocument,
    "\n\tsubscription RoadmapActivityAdded($roadmapId: ID!) {\n\t\troadmapActivityAdded(roadmapId: $roadmapId) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n": types.RoadmapActivityAddedDocument,
    "\n\tsubscription MyActivityAdded {\n\t\tmyActivityAdded {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n": types.MyActivityAddedDocument,
    "\n\tfragment DependencyFields on Dependency {\n\t\tkey\n\t\tkind\n\t\trank\n\t\tplatform {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\ttarget {\n\t\t\tid\n\t\t\tkind\n\t\t\tname\n\t\t\tsymbol\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tscore {\n\t\t\tvalue\n\t\t\tcoverage\n\t\t\tfactors {\n\t\t\t\tkey\n\t\t\t\tavailable\n\t\t\t\traw\n\t\t\t\tnormalized\n\t\t\t\tweight\n\t\t\t\teffectiveWeight\n\t\t\t\tcontribution\n\t\t\t\tsource {\n\t\t\t\t\tcountry\n\t\t\t\t\tstage\n\t\t\t\t\tsupplyLinkId\n\t\t\t\t\titem {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tmaterial {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tsymbol\n\t\t\t\t\t\tchemicalSymbol\n\t\t\t\t\t\tnameNl\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tweakestLink {\n\t\t\tkind\n\t\t\tvalue\n\t\t\tcontribution\n\t\t}\n\t\tweakLinks {\n\t\t\tkind\n\t\t\tcontribution\n\t\t}\n\t\tquantity {\n\t\t\tvalue\n\t\t\tunit\n\t\t\tcomplete\n\t\t}\n\t\titemCount\n\t\tpathCount\n\t\tpaths {\n\t\t\tquantity\n\t\t\titems {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.DependencyFieldsFragmentDoc,
    "\n\tquery AnalysisProductGroups {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.AnalysisProductGroupsDocument,
    "\n\tquery DependencyHeatmap($productGroupId: ID!) {\n\t\tdependencyHeatmap(productGroupId: $productGroupId) {\n\t\t\tplatforms {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tmaterials {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\tcells {\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tplatformId\n\t\t\t\tmaterialId\n\t\t\t\tscore\n\t\t\t\tquantityKg\n\t\t\t\tweakestLink\n\t\t\t}\n\t\t}\n\t}\n": types.DependencyHeatmapDocument,
    "\n\tquery Dependencies($productGroupId: ID, $itemId: ID, $kind: DependencyKind, $first: Int!, $after: String) {\n\t\tdependencies(productGroupId: $productGroupId, itemId: $itemId, kind: $kind, first: $first, after: $after, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tnodes {\n\t\t\t\t...DependencyFields\n\t\t\t}\n\t\t}\n\t}\n": types.DependenciesDocument,
    "\n\tquery Dependency($key: String!) {\n\t\tdependency(key: $key) {\n\t\t\t...DependencyFields\n\t\t}\n\t}\n": types.DependencyDocument,
    "\n\tquery MyLinkAudiences($productGroupId: ID!) {\n\t\tme {\n\t\t\torganisation {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t\tsupplyLinks(productGroupId: $productGroupId, mine: true, first: 200) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\taudience {\n\t\t\t\t\tseeEverything {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tseeFigures {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.MyLinkAudiencesDocument,
    "\n\tquery ContributionsAsSeenBy($organisationId: ID!, $productGroupId: ID!) {\n\t\tmyContributionsAsSeenBy(organisationId: $organisationId, productGroupId: $productGroupId) {\n\t\t\torganisation {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tlinkCount\n\t\t\titemCount\n\t\t\tlinks {\n\t\t\t\titemName\n\t\t\t\thiddenFields\n\t\t\t\tlink {\n\t\t\t\t\tid\n\t\t\t\t\tcountry\n\t\t\t\t\tshare\n\t\t\t\t\ttier\n\t\t\t\t\tleadTimeWeeks\n\t\t\t\t\tstockMonths\n\t\t\t\t\tsingleSource\n\t\t\t\t\tvisibility\n\t\t\t\t\tsupplierName\n\t\t\t\t\tsupplier {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tcontributedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\titems {\n\t\t\t\thiddenFields\n\t\t\t\titem {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\tvisibility\n\t\t\t\t\towner {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ContributionsAsSeenByDocument,
    "\n\tmutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {\n\t\tupdateMaterial(id: $id, input: $input) {\n\t\t\tid\n\t\t\tcrmStatus\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t}\n\t}\n": types.UpdateMaterialDocument,
    "\n\tmutation ReplaceMaterialSupplies($input: ReplaceMaterialSuppliesInput!) {\n\t\treplaceMaterialSupplies(input: $input) {\n\t\t\tid\n\t\t\tstage\n\t\t\tscope\n\t\t\tcountry\n\t\t\tcountryName\n\t\t\tshare\n\t\t\tsource\n\t\t\tyear\n\t\t}\n\t}\n": types.ReplaceMaterialSuppliesDocument,
    "\n\tmutation RecordExportRestriction($input: RecordExportRestrictionInput!) {\n\t\trecordExportRestriction(input: $input) {\n\t\t\tid\n\t\t\tcountry\n\t\t\tmeasure\n\t\t\tsince\n\t\t\tuntil\n\t\t\tdescription\n\t\t\tsource\n\t\t\tactive\n\t\t}\n\t}\n": types.RecordExportRestrictionDocument,
    "\n\tmutation UpdateExportRestriction($id: ID!, $input: UpdateExportRestrictionInput!) {\n\t\tupdateExportRestriction(id: $id, input: $input) {\n\t\t\tid\n\t\t\tuntil\n\t\t\tactive\n\t\t}\n\t}\n": types.UpdateExportRestrictionDocument,
    "\n\tmutation DeleteExportRestriction($id: ID!) {\n\t\tdeleteExportRestriction(id: $id)\n\t}\n": types.DeleteExportRestrictionDocument,
    "\n\tquery CatalogueHistory($id: ID!) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tchanges {\n\t\t\t\tid\n\t\t\t\tat\n\t\t\t\taction\n\t\t\t\tchanges\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n": types.CatalogueHistoryDocument,
    "\n\tfragment SupplyLinkFields on SupplyLink {\n\t\tid\n\t\titemId\n\t\tcountry\n\t\tshare\n\t\ttier\n\t\tleadTimeWeeks\n\t\tstockMonths\n\t\tsingleSource\n\t\tvisibility\n\t\tsupplierName\n\t\tsupplier {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tcontributedBy {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tsharedWith {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.SupplyLinkFieldsFragmentDoc,
    "\n\tquery ChainPlatforms {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t\titems(kind: PLATFORM, first: 50) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ChainPlatformsDocument,
    "\n\tquery ChainTree($platformId: ID!) {\n\t\titem(id: $platformId) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tproductGroupId\n\t\t\tmaterials {\n\t\t\t\tmaterial {\n\t\t\t\t\tsymbol\n\t\t\t\t\tchemicalSymbol\n\t\t\t\t\tnameNl\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\tid\n\t\t\t\tcountry\n\t\t\t}\n\t\t\texplosion(maxDepth: 12) {\n\t\t\t\tdepth\n\t\t\t\tparentId\n\t\t\t\tpath\n\t\t\t\tquantity\n\t\t\t\tunit\n\t\t\t\titem {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\tmaterials {\n\t\t\t\t\t\tmaterial {\n\t\t\t\t\t\t\tsymbol\n\t\t\t\t\t\t\tchemicalSymbol\n\t\t\t\t\t\t\tnameNl\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t\tsupplyLinks {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tcountry\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ChainTreeDocument,
    "\n\tquery ChainItem($id: ID!) {\n\t\titem(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tdescription\n\t\t\tvisibility\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tmaterials {\n\t\t\t\tquantityKg\n\t\t\t\tmaterial {\n\t\t\t\t\tid\n\t\t\t\t\tsymbol\n\t\t\t\t\tchemicalSymbol\n\t\t\t\t\tnameNl\n\t\t\t\t\tname\n\t\t\t\t\tcrmStatus\n\t\t\t\t}\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\t...SupplyLinkFields\n\t\t\t}\n\t\t\tsupplyCountries {\n\t\t\t\tincludesOthers\n\t\t\t\tcontributors\n\t\t\t\tcountries {\n\t\t\t\t\tcountry\n\t\t\t\t\tshare\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ChainItemDocument,
    "\n\tquery ChainDataContext {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\torganisations {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n": types.ChainDataContextDocument,
    "\n\tquery ChainDataItems($productGroupId: ID!, $after: String) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(first: 200, after: $after) {\n\t\t\t\tpageInfo {\n\t\t\t\t\thasNextPage\n\t\t\t\t\tendCursor\n\t\t\t\t}\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\towner {\n\t\t\t\t\t\tid\n\t\t\t\t\t}\n\t\t\t\t\tsupplyLinks {\n\t\t\t\t\t\t...SupplyLinkFields\n\t\t\t\t\t\taudience {\n\t\t\t\t\t\t\tseeEverything {\n\t\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\t\tname\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\tseeFigures {\n\t\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\t\tname\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ChainDataItemsDocument,
    "\n\tquery ContributionAudience($itemId: ID!, $visibility: Visibility!, $sharedWith: [ID!]) {\n\t\tcontributionAudience(itemId: $itemId, visibility: $visibility, sharedWith: $sharedWith) {\n\t\t\tseeEverything {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tseeFigures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.ContributionAudienceDocument,
    "\n\tmutation CreateSupplyLink($input: CreateSupplyLinkInput!) {\n\t\tcreateSupplyLink(input: $input) {\n\t\t\t...SupplyLinkFields\n\t\t}\n\t}\n": types.CreateSupplyLinkDocument,
    "\n\tmutation DeleteSupplyLink($id: ID!) {\n\t\tdeleteSupplyLink(id: $id)\n\t}\n": types.DeleteSupplyLinkDocument,
    "\n\tmutation UpdateSupplyLink($id: ID!, $input: SupplyLinkInput!) {\n\t\tupdateSupplyLink(id: $id, input: $input) {\n\t\t\t...SupplyLinkFields\n\t\t}\n\t}\n": types.UpdateSupplyLinkDocument,
    "\n\tfragment CommentThreadFields on DocumentCommentThread {\n\t\tid\n\t\tdocumentId\n\t\tquote\n\t\tcreatedAt\n\t\tresolved\n\t\tresolvedAt\n\t\tresolvedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t\tcanReply\n\t\tcomments {\n\t\t\tid\n\t\t\tthreadId\n\t\t\tbody\n\t\t\tcreatedAt\n\t\t\teditedAt\n\t\t\tcanEdit\n\t\t\tauthor {\n\t\t\t\tname\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n": types.CommentThreadFieldsFragmentDoc,
    "\n\tquery DocumentCommentThreads($documentId: ID!) {\n\t\tdocumentCommentThreads(documentId: $documentId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": types.DocumentCommentThreadsDocument,
    "\n\tmutation StartCommentThread($documentId: ID!, $quote: String!, $body: String!) {\n\t\tstartCommentThread(documentId: $documentId, quote: $quote, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": types.StartCommentThreadDocument,
    "\n\tmutation ReplyToCommentThread($threadId: ID!, $body: String!) {\n\t\treplyToCommentThread(threadId: $threadId, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": types.ReplyToCommentThreadDocument,
    "\n\tmutation ResolveCommentThread($threadId: ID!) {\n\t\tresolveCommentThread(threadId: $threadId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": types.ResolveCommentThreadDocument,
    "\n\tmutation ReopenCommentThread($threadId: ID!) {\n\t\treopenCommentThread(threadId: $threadId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": types.ReopenCommentThreadDocument,
    "\n\tmutation EditComment($commentId: ID!, $body: String!) {\n\t\teditComment(commentId: $commentId, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": types.EditCommentDocument,
    "\n\tmutation DeleteComment($commentId: ID!) {\n\t\tdeleteComment(commentId: $commentId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n": types.DeleteCommentDocument,
    "\n\tsubscription DocumentCommentsChanged($documentId: ID!) {\n\t\tdocumentCommentsChanged(documentId: $documentId) {\n\t\t\tdocumentId\n\t\t\tthreadId\n\t\t\tthread {\n\t\t\t\t...CommentThreadFields\n\t\t\t}\n\t\t}\n\t}\n": types.DocumentCommentsChangedDocument,
    "\n\tquery Country($country: String!) {\n\t\tmaterialSuppliesFrom(country: $country) {\n\t\t\tid\n\t\t\tstage\n\t\t\tscope\n\t\t\tshare\n\t\t\tshareIsUpperBound\n\t\t\tyear\n\t\t\tsource\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\texportRestrictions(country: $country) {\n\t\t\tid\n\t\t\tcountry\n\t\t\tmeasure\n\t\t\tsince\n\t\t\tuntil\n\t\t\tdescription\n\t\t\tsource\n\t\t\tactive\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tmonitoringSeries(country: $country) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n": types.CountryDocument,
    "\n\tfragment DisruptionReportFields on DisruptionReport {\n\t\tid\n\t\tstartedOn\n\t\tdurationWeeks\n\t\tdelayWeeks\n\t\tpriceEffectPct\n\t\tcause\n\t\tmeasures\n\t\tdescription\n\t\tvisibility\n\t\tcanUpdate\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\titem {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\treportingOrganisation {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.DisruptionReportFieldsFragmentDoc,
    "\n\tquery Disruptions($by: DisruptionGrouping!, $from: String, $to: String) {\n\t\tdisruptionReports {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t\tdisruptionSignals {\n\t\t\tmaterialId\n\t\t\tquarter\n\t\t\treports\n\t\t\torganisations\n\t\t\tincludesOthers\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tdisruptionAggregates(by: $by, from: $from, to: $to) {\n\t\t\tkey\n\t\t\treports\n\t\t\torganisations\n\t\t\taverageDelayWeeks\n\t\t\taveragePriceEffectPct\n\t\t\tincludesOthers\n\t\t}\n\t}\n": types.DisruptionsDocument,
    "\n\tmutation ReportDisruption($input: DisruptionReportInput!) {\n\t\treportDisruption(input: $input) {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t}\n": types.ReportDisruptionDocument,
    "\n\tmutation UpdateDisruptionReport($id: ID!, $input: DisruptionReportInput!) {\n\t\tupdateDisruptionReport(id: $id, input: $input) {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t}\n": types.UpdateDisruptionReportDocument,
    "\n\tmutation DeleteDisruptionReport($id: ID!) {\n\t\tdeleteDisruptionReport(id: $id)\n\t}\n": types.DeleteDisruptionReportDocument,
    "\n\tquery DisruptionFormOptions {\n\t\tmaterials(first: 200) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t\titems(first: 200) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.DisruptionFormOptionsDocument,
    "\n\tquery DisruptionSignals {\n\t\tdisruptionSignals {\n\t\t\tmaterialId\n\t\t\tquarter\n\t\t\treports\n\t\t\torganisations\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t}\n": types.DisruptionSignalsDocument,
    "\n\tmutation ExportDocument($documentId: ID!, $format: DocumentExportFormat!, $locale: String) {\n\t\texportDocument(documentId: $documentId, format: $format, locale: $locale) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tcontentBase64\n\t\t}\n\t}\n": types.ExportDocumentDocument,
    "\n\tfragment DocumentFields on Document {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tlastEditedAt\n\t\tlastEditedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t\tcanEdit\n\t}\n": types.DocumentFieldsFragmentDoc,
    "\n\tquery RoadmapDocuments($roadmapId: ID!) {\n\t\tdocuments(roadmapId: $roadmapId) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": types.RoadmapDocumentsDocument,
    "\n\tquery Document($id: ID!) {\n\t\tdocument(id: $id) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": types.DocumentDocument,
    "\n\tquery DocumentRoadmap($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n": types.DocumentRoadmapDocument,
    "\n\tmutation CreateDocument($roadmapId: ID!, $title: String!) {\n\t\tcreateDocument(roadmapId: $roadmapId, title: $title) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": types.CreateDocumentDocument,
    "\n\tmutation RenameDocument($id: ID!, $title: String!) {\n\t\trenameDocument(id: $id, title: $title) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": types.RenameDocumentDocument,
    "\n\tmutation DeleteDocument($id: ID!) {\n\t\tdeleteDocument(id: $id)\n\t}\n": types.DeleteDocumentDocument,
    "\n\tfragment DocumentVersionFields on DocumentVersion {\n\t\tid\n\t\tdocumentId\n\t\tname\n\t\tcreatedAt\n\t\tsizeBytes\n\t\tcreatedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t}\n": types.DocumentVersionFieldsFragmentDoc,
    "\n\tquery DocumentVersions($documentId: ID!) {\n\t\tdocumentVersions(documentId: $documentId) {\n\t\t\t...DocumentVersionFields\n\t\t}\n\t}\n": types.DocumentVersionsDocument,
    "\n\tmutation SaveDocumentVersion($documentId: ID!, $name: String!) {\n\t\tsaveDocumentVersion(documentId: $documentId, name: $name) {\n\t\t\t...DocumentVersionFields\n\t\t}\n\t}\n": types.SaveDocumentVersionDocument,
    "\n\tquery DocumentDiff($versionId: ID!) {\n\t\tdocumentDiff(versionId: $versionId) {\n\t\t\tkind\n\t\t\ttext\n\t\t}\n\t}\n": types.DocumentDiffDocument,
    "\n\tmutation RestoreDocumentVersion($versionId: ID!) {\n\t\trestoreDocumentVersion(versionId: $versionId) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n": types.RestoreDocumentVersionDocument,
    "\n\tquery ChainImportTemplate($language: ImportLanguage!) {\n\t\tchainImportTemplate(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": types.ChainImportTemplateDocument,
    "\n\tmutation ImportChainData($productGroupId: ID!, $fileName: String!, $contentBase64: String!, $apply: Boolean, $importId: ID) {\n\t\timportChainData(productGroupId: $productGroupId, fileName: $fileName, contentBase64: $contentBase64, apply: $apply, importId: $importId) {\n\t\t\tapplied\n\t\t\terrors {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tparams\n\t\t\t}\n\t\t\titems {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tcompositions {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\titemMaterials {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tchanges {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tentity\n\t\t\t\taction\n\t\t\t\tlabel\n\t\t\t\tfields\n\t\t\t}\n\t\t}\n\t}\n": types.ImportChainDataDocument,
    "\n\tmutation ExportChainData($productGroupId: ID!, $format: ChainDataExportFormat!) {\n\t\texportChainData(productGroupId: $productGroupId, format: $format) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": types.ExportChainDataDocument,
    "\n\tsubscription ChainImportProgress($importId: ID!) {\n\t\tchainImportProgress(importId: $importId) {\n\t\t\timportId\n\t\t\tphase\n\t\t\tdone\n\t\t\ttotal\n\t\t\tpercent\n\t\t}\n\t}\n": types.ChainImportProgressDocument,
    "\n\tmutation ExportSupplyLinks($productGroupId: ID!, $format: ChainDataExportFormat!, $language: ImportLanguage!) {\n\t\texportSupplyLinks(productGroupId: $productGroupId, format: $format, language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\trows\n\t\t\tbase64\n\t\t}\n\t}\n": types.ExportSupplyLinksDocument,
    "\n\tfragment InterventionCardFields on Intervention {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\ttype\n\t\tinstrument\n\t\timpact\n\t\teffort\n\t\tquadrant\n\t\thorizon\n\t\tstatus\n\t\tprogressPct\n\t\tdueDate\n\t\towner {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\townerKind\n\t\tproposedBy {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t\trisks {\n\t\t\tid\n\t\t\ttitle\n\t\t\tdependencyKey\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tcanUpdate\n\t\tcanDecide\n\t\tallowedTransitions\n\t\tupdatedAt\n\t}\n": types.InterventionCardFieldsFragmentDoc,
    "\n\tfragment InterventionFields on Intervention {\n\t\t...InterventionCardFields\n\t\tdescription\n\t\tstatusReason\n\t\tdeliverable\n\t\tdetails\n\t\tdetailsVisibility\n\t\tcreatedAt\n\t\trisks {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlevel\n\t\t\tlikelihood\n\t\t\timpact\n\t\t\tstatus\n\t\t\tdependencyKey\n\t\t\tevidence {\n\t\t\t\tscore\n\t\t\t\ttargetName\n\t\t\t\tkind\n\t\t\t\tplatformName\n\t\t\t\tcomputedAt\n\t\t\t}\n\t\t\tliveScore\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\thistory {\n\t\t\tid\n\t\t\tkind\n\t\t\tfromStatus\n\t\t\ttoStatus\n\t\t\treason\n\t\t\tnote\n\t\t\tprogressPct\n\t\t\tat\n\t\t\tactor {\n\t\t\t\tname\n\t\t\t\torganisationId\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n": types.InterventionFieldsFragmentDoc,
    "\n\tquery InterventionsPage($roadmapId: ID!, $filter: InterventionFilter) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlevel\n\t\t\tdependencyKey\n\t\t\tevidence {\n\t\t\t\tplatformName\n\t\t\t}\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tinterventions(roadmapId: $roadmapId, filter: $filter) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n": types.InterventionsPageDocument,
    "\n\tquery Interventions($roadmapId: ID!, $filter: InterventionFilter) {\n\t\tinterventions(roadmapId: $roadmapId, filter: $filter) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n": types.InterventionsDocument,
    "\n\tquery Intervention($id: ID!) {\n\t\tintervention(id: $id) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n": types.InterventionDocument,
    "\n\tquery InterventionRoadmap($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.InterventionRoadmapDocument,
    "\n\tmutation ProposeIntervention($input: ProposeInterventionInput!) {\n\t\tproposeIntervention(input: $input) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n": types.ProposeInterventionDocument,
    "\n\tmutation SetInterventionStatus($id: ID!, $to: InterventionStatus!, $reason: String) {\n\t\tsetInterventionStatus(id: $id, to: $to, reason: $reason) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n": types.SetInterventionStatusDocument,
    "\n\tmutation ReportInterventionProgress($id: ID!, $progressPct: Int!, $note: String!) {\n\t\treportInterventionProgress(id: $id, progressPct: $progressPct, note: $note) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n": types.ReportInterventionProgressDocument,
    "\n\tmutation DeleteIntervention($id: ID!) {\n\t\tdeleteIntervention(id: $id)\n\t}\n": types.DeleteInterventionDocument,
    "\n\tfragment AgreementFields on Agreement {\n\t\tresponsible {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\tdueDate\n\t\tdeliverable\n\t\tstatus\n\t\toverdue\n\t\tintervention {\n\t\t\tid\n\t\t\ttitle\n\t\t\ttype\n\t\t\tprogressPct\n\t\t\tcanDecide\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.AgreementFieldsFragmentDoc,
    "\n\tquery AgreementsPage($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tagreements(roadmapId: $roadmapId) {\n\t\t\t...AgreementFields\n\t\t}\n\t}\n": types.AgreementsPageDocument,
    "\n\tmutation SetAgreement($interventionId: ID!, $responsibleOrgId: ID, $dueDate: String, $deliverable: String) {\n\t\tsetAgreement(interventionId: $interventionId, responsibleOrgId: $responsibleOrgId, dueDate: $dueDate, deliverable: $deliverable) {\n\t\t\t...AgreementFields\n\t\t}\n\t}\n": types.SetAgreementDocument,
    "\n\tmutation ExportAgreements($roadmapId: ID!, $format: AgreementExportFormat!) {\n\t\texportAgreements(roadmapId: $roadmapId, format: $format) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": types.ExportAgreementsDocument,
    "\n\tfragment LiveDependencyRowFields on Dependency {\n\t\tkey\n\t\tkind\n\t\tplatform {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\ttarget {\n\t\t\tid\n\t\t\tkind\n\t\t\tname\n\t\t\tsymbol\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tscore {\n\t\t\tvalue\n\t\t}\n\t}\n": types.LiveDependencyRowFieldsFragmentDoc,
    "\n\tquery LiveProductGroupDependencies($productGroupId: ID!, $kind: DependencyKind, $first: Int!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tdependencies(productGroupId: $productGroupId, kind: $kind, first: $first, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tnodes {\n\t\t\t\t...LiveDependencyRowFields\n\t\t\t}\n\t\t}\n\t}\n": types.LiveProductGroupDependenciesDocument,
    "\n\tquery LiveItemDependencies($itemId: ID!, $kind: DependencyKind, $first: Int!) {\n\t\titem(id: $itemId) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tproductGroupId\n\t\t}\n\t\tdependencies(itemId: $itemId, kind: $kind, first: $first, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tnodes {\n\t\t\t\t...LiveDependencyRowFields\n\t\t\t}\n\t\t}\n\t}\n": types.LiveItemDependenciesDocument,
    "\n\tquery LiveMaterial($id: ID!) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t\tname\n\t\t\tcrmStatus\n\t\t\tparentSymbol\n\t\t\tsupplyRisk\n\t\t\teconomicImportance\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t\tsupplies(scope: GLOBAL) {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tscope\n\t\t\t\tcountry\n\t\t\t\tcountryName\n\t\t\t\tshare\n\t\t\t\tshareIsUpperBound\n\t\t\t\tsource\n\t\t\t\tyear\n\t\t\t}\n\t\t}\n\t}\n": types.LiveMaterialDocument,
    "\n\tquery LiveScenario($id: ID!) {\n\t\tsavedScenario(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tinput {\n\t\t\t\tproductGroupId\n\t\t\t}\n\t\t\tresult {\n\t\t\t\tmonths\n\t\t\t\tshortItemCount\n\t\t\t\tplatforms {\n\t\t\t\t\tplatform {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tfirstShortfall\n\t\t\t\t\tworstAvailability\n\t\t\t\t\tshortItemCount\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.LiveScenarioDocument,
    "\n\tsubscription LiveFigureChainChanged($productGroupId: ID!) {\n\t\tsupplyLinkChanged(productGroupId: $productGroupId) {\n\t\t\tkind\n\t\t}\n\t}\n": types.LiveFigureChainChangedDocument,
    "\n\tquery LiveFigureChoices($roadmapId: ID!) {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\tproductGroupId\n\t\t\tscenarios {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t}\n": types.LiveFigureChoicesDocument,
    "\n\tquery LiveFigurePlatforms($productGroupId: ID!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(kind: PLATFORM, first: 200) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.LiveFigurePlatformsDocument,
    "\n\tquery LiveFigureMaterials($search: String) {\n\t\tmaterials(search: $search, first: 30) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t\tcrmStatus\n\t\t\t}\n\t\t}\n\t}\n": types.LiveFigureMaterialsDocument,
    "\n\tquery LiveAgreements($roadmapId: ID!) {\n\t\tagreements(roadmapId: $roadmapId) {\n\t\t\tintervention {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t}\n\t\t\tresponsible {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tdueDate\n\t\t\tdeliverable\n\t\t\tstatus\n\t\t\toverdue\n\t\t}\n\t}\n": types.LiveAgreementsDocument,
    "\n\tquery LiveRisks($roadmapId: ID!) {\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlikelihood\n\t\t\timpact\n\t\t\tlevel\n\t\t\tstatus\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.LiveRisksDocument,
    "\n\tquery LiveInterventions($roadmapId: ID!) {\n\t\tinterventions(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\timpact\n\t\t\teffort\n\t\t\tquadrant\n\t\t\tstatus\n\t\t}\n\t}\n": types.LiveInterventionsDocument,
    "\n\tsubscription LiveFigureRoadmapActivity($roadmapId: ID!) {\n\t\troadmapActivityAdded(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t}\n\t}\n": types.LiveFigureRoadmapActivityDocument,
    "\n\tquery Materials($crmList: Boolean, $critical: Boolean, $search: String, $first: Int, $after: String) {\n\t\tmaterials(crmList: $crmList, critical: $critical, search: $search, first: $first, after: $after) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tcrmStatus\n\t\t\t\tcritical\n\t\t\t\tonCrmList\n\t\t\t\tparentSymbol\n\t\t\t\tsupplyRisk\n\t\t\t\teolRecyclingRate\n\t\t\t\tgroup {\n\t\t\t\t\tid\n\t\t\t\t\tsymbol\n\t\t\t\t\tsupplyRisk\n\t\t\t\t\teolRecyclingRate\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.MaterialsDocument,
    "\n\tfragment MaterialConcentration on Concentration {\n\t\thhi\n\t\thhiNormalised\n\t\tband\n\t\trescaledFrom\n\t}\n": types.MaterialConcentrationFragmentDoc,
    "\n\tquery MaterialFactsheet($symbol: String!) {\n\t\tmaterial(symbol: $symbol) {\n\t\t\tid\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tname\n\t\t\tnameNl\n\t\t\tcrmStatus\n\t\t\tcritical\n\t\t\tonCrmList\n\t\t\tlistYear\n\t\t\tparentSymbol\n\t\t\tsupplyRisk\n\t\t\teconomicImportance\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t\tgroup {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tsupplyRisk\n\t\t\t\teconomicImportance\n\t\t\t\timportReliance\n\t\t\t\teolRecyclingRate\n\t\t\t\tsubstitutionIndex\n\t\t\t}\n\t\t\teGlobal: concentration(stage: EXTRACTION, scope: GLOBAL) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\teEu: concentration(stage: EXTRACTION, scope: EU_SOURCING) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tpGlobal: concentration(stage: PROCESSING, scope: GLOBAL) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tpEu: concentration(stage: PROCESSING, scope: EU_SOURCING) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tsupplies {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tscope\n\t\t\t\tcountry\n\t\t\t\tcountryName\n\t\t\t\tshare\n\t\t\t\tshareIsUpperBound\n\t\t\t\tsource\n\t\t\t\tyear\n\t\t\t}\n\t\t\tmembers {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tcrmStatus\n\t\t\t}\n\t\t\tusedIn {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\texportRestrictions {\n\t\t\t\tid\n\t\t\t\tcountry\n\t\t\t\tmeasure\n\t\t\t\tsince\n\t\t\t\tuntil\n\t\t\t\tdescription\n\t\t\t\tsource\n\t\t\t\tactive\n\t\t\t}\n\t\t}\n\t}\n": types.MaterialFactsheetDocument,
    "\n\tfragment MonitoringSeriesFields on MonitoringSeries {\n\t\tid\n\t\tname\n\t\tsubjectKind\n\t\tcountry\n\t\tindicator\n\t\tcustomName\n\t\tunit\n\t\tfrequency\n\t\tsource\n\t\tlicence\n\t\tdemo\n\t\tupdatedAt\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\tpublisher {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.MonitoringSeriesFieldsFragmentDoc,
    "\n\tfragment MonitoringAlertFields on MonitoringAlert {\n\t\tid\n\t\tdate\n\t\tvalue\n\t\tseverity\n\t\traisedAt\n\t\tacknowledged\n\t\tongoing\n\t\tthresholdId\n\t\tthreshold {\n\t\t\tid\n\t\t\tkind\n\t\t\tvalue\n\t\t\tpercent\n\t\t\tperiods\n\t\t}\n\t\tseries {\n\t\t\tid\n\t\t\tname\n\t\t\tunit\n\t\t}\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n": types.MonitoringAlertFieldsFragmentDoc,
    "\n\tfragment SeriesChartFields on MonitoringSeries {\n\t\t...MonitoringSeriesFields\n\t\tobservations {\n\t\t\tdate\n\t\t\tvalue\n\t\t\tnote\n\t\t}\n\t\tthresholds {\n\t\t\tid\n\t\t\tkind\n\t\t\tvalue\n\t\t\tpercent\n\t\t\tperiods\n\t\t\tseverity\n\t\t}\n\t\talerts {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tthresholdId\n\t\t}\n\t}\n": types.SeriesChartFieldsFragmentDoc,
    "\n\tquery MonitoringSeriesList($materialId: ID, $from: String!, $to: String!) {\n\t\tmonitoringSeries(materialId: $materialId) {\n\t\t\t...MonitoringSeriesFields\n\t\t\tlatest {\n\t\t\t\tdate\n\t\t\t\tvalue\n\t\t\t}\n\t\t\tchange(from: $from, to: $to) {\n\t\t\t\tpercent\n\t\t\t\tchange\n\t\t\t\tfirst {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t\tlast {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.MonitoringSeriesListDocument,
    "\n\tquery SubjectSeries($materialId: ID, $itemId: ID) {\n\t\tmonitoringSeries(materialId: $materialId, itemId: $itemId) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n": types.SubjectSeriesDocument,
    "\n\tquery MonitoringSeries($id: ID!) {\n\t\tmonitoringSeriesById(id: $id) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n": types.MonitoringSeriesDocument,
    "\n\tquery MyAlerts($includeAcknowledged: Boolean!) {\n\t\tmyAlerts(includeAcknowledged: $includeAcknowledged) {\n\t\t\t...MonitoringAlertFields\n\t\t}\n\t}\n": types.MyAlertsDocument,
    "\n\tquery MonitoringOverview($roadmapId: ID!, $from: String!, $to: String!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t\tmonitoringOverview(roadmapId: $roadmapId, from: $from, to: $to) {\n\t\t\tseries {\n\t\t\t\t...MonitoringSeriesFields\n\t\t\t}\n\t\t\tchange {\n\t\t\t\tpercent\n\t\t\t\tchange\n\t\t\t\tfirst {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t\tlast {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t\talerts {\n\t\t\t\tid\n\t\t\t\tdate\n\t\t\t\tvalue\n\t\t\t\tseverity\n\t\t\t}\n\t\t}\n\t}\n": types.MonitoringOverviewDocument,
    "\n\tmutation CreateMonitoringSeries($input: MonitoringSeriesInput!) {\n\t\tcreateMonitoringSeries(input: $input) {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.CreateMonitoringSeriesDocument,
    "\n\tmutation AddObservations($seriesId: ID!, $observations: [ObservationInput!]!) {\n\t\taddObservations(seriesId: $seriesId, observations: $observations) {\n\t\t\timported\n\t\t\talertsRaised\n\t\t}\n\t}\n": types.AddObservationsDocument,
    "\n\tmutation ImportObservations($seriesId: ID!, $fileName: String!, $contentBase64: String!) {\n\t\timportObservations(seriesId: $seriesId, fileName: $fileName, contentBase64: $contentBase64) {\n\t\t\timported\n\t\t\talertsRaised\n\t\t}\n\t}\n": types.ImportObservationsDocument,
    "\n\tmutation DeleteObservation($seriesId: ID!, $date: String!) {\n\t\tdeleteObservation(seriesId: $seriesId, date: $date)\n\t}\n": types.DeleteObservationDocument,
    "\n\tmutation CreateThreshold($seriesId: ID!, $input: ThresholdInput!) {\n\t\tcreateThreshold(seriesId: $seriesId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.CreateThresholdDocument,
    "\n\tmutation DeleteThreshold($id: ID!) {\n\t\tdeleteThreshold(id: $id)\n\t}\n": types.DeleteThresholdDocument,
    "\n\tmutation AcknowledgeAlert($id: ID!) {\n\t\tacknowledgeAlert(id: $id) {\n\t\t\tid\n\t\t\tacknowledged\n\t\t}\n\t}\n": types.AcknowledgeAlertDocument,
    "\n\tsubscription MonitoringSeriesChanged($seriesId: ID!) {\n\t\tmonitoringSeriesChanged(seriesId: $seriesId) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n": types.MonitoringSeriesChangedDocument,
    "\n\tsubscription MyAlertRaised {\n\t\tmyAlertRaised {\n\t\t\t...MonitoringAlertFields\n\t\t}\n\t}\n": types.MyAlertRaisedDocument,
    "\n\tfragment RiskFields on Risk {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\trationale\n\t\tlikelihood\n\t\timpact\n\t\tlevel\n\t\tstatus\n\t\towner {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\treviewDate\n\t\tmonitoringIndicator\n\t\tdependencyKey\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\tevidence {\n\t\t\tscore\n\t\t\ttargetName\n\t\t\tkind\n\t\t\tplatformName\n\t\t\tcomputedAt\n\t\t\tfactors {\n\t\t\t\tname\n\t\t\t\tvalue\n\t\t\t}\n\t\t}\n\t\tliveScore\n\t\tscoreChange\n\t\tinterventions {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t}\n\t\talerts {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tseries {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tunit\n\t\t\t}\n\t\t}\n\t\tcreatedBy {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tcanUpdate\n\t\tcanDelete\n\t}\n": types.RiskFieldsFragmentDoc,
    "\n\tquery RiskRegister($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\t...RiskFields\n\t\t}\n\t\tmyAlerts(includeAcknowledged: true) {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tseries {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tunit\n\t\t\t}\n\t\t\troadmaps {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t}\n": types.RiskRegisterDocument,
    "\n\tmutation CreateRisk($input: CreateRiskInput!) {\n\t\tcreateRisk(input: $input) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n": types.CreateRiskDocument,
    "\n\tmutation CreateRiskFromDependency($roadmapId: ID!, $dependencyKey: String!) {\n\t\tcreateRiskFromDependency(roadmapId: $roadmapId, dependencyKey: $dependencyKey) {\n\t\t\tid\n\t\t\troadmapId\n\t\t\ttitle\n\t\t\tevidence {\n\t\t\t\tscore\n\t\t\t}\n\t\t}\n\t}\n": types.CreateRiskFromDependencyDocument,
    "\n\tmutation UpdateRisk($id: ID!, $input: UpdateRiskInput!) {\n\t\tupdateRisk(id: $id, input: $input) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n": types.UpdateRiskDocument,
    "\n\tmutation DeleteRisk($id: ID!) {\n\t\tdeleteRisk(id: $id)\n\t}\n": types.DeleteRiskDocument,
    "\n\tquery RiskTargetRoadmaps {\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroupId\n\t\t}\n\t}\n": types.RiskTargetRoadmapsDocument,
    "\n\tmutation LinkAlertToRisk($riskId: ID!, $alertId: ID!) {\n\t\tlinkAlertToRisk(riskId: $riskId, alertId: $alertId) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n": types.LinkAlertToRiskDocument,
    "\n\tmutation UnlinkAlertFromRisk($riskId: ID!, $alertId: ID!) {\n\t\tunlinkAlertFromRisk(riskId: $riskId, alertId: $alertId) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n": types.UnlinkAlertFromRiskDocument,
    "\n\tfragment ParticipantFields on Participant {\n\t\tid\n\t\trole\n\t\torganisation {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n": types.ParticipantFieldsFragmentDoc,
    "\n\tquery MyRoadmaps {\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tphase\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\t...ParticipantFields\n\t\t\t}\n\t\t}\n\t}\n": types.MyRoadmapsDocument,
    "\n\tquery Roadmap($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tphase\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\t...ParticipantFields\n\t\t\t}\n\t\t}\n\t\torganisations {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n": types.RoadmapDocument,
    "\n\tmutation SetParticipant($roadmapId: ID!, $organisationId: ID!, $role: ParticipantRole!) {\n\t\tsetParticipant(roadmapId: $roadmapId, organisationId: $organisationId, role: $role) {\n\t\t\t...ParticipantFields\n\t\t}\n\t}\n": types.SetParticipantDocument,
    "\n\tmutation RemoveParticipant($roadmapId: ID!, $organisationId: ID!) {\n\t\tremoveParticipant(roadmapId: $roadmapId, organisationId: $organisationId)\n\t}\n": types.RemoveParticipantDocument,
    "\n\tfragment ScenarioResultFields on ScenarioResult {\n\t\tname\n\t\tmonths\n\t\twarnings\n\t\tshortItemCount\n\t\tevents {\n\t\t\tid\n\t\t\tcountry\n\t\t\tcutFraction\n\t\t\tsourceShare\n\t\t\tsupplyLoss\n\t\t\tstage\n\t\t\tfrom\n\t\t\tuntil\n\t\t\ttargetKind\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tplatforms {\n\t\t\tplatform {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tfirstShortfall\n\t\t\tworstAvailability\n\t\t\tshortItemCount\n\t\t\ttimeline {\n\t\t\t\tmonth\n\t\t\t\tavailability\n\t\t\t}\n\t\t}\n\t\titems {\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tsupplyDropFrom\n\t\t\tshortfallFrom\n\t\t\tworstShortfall\n\t\t\tmonthsShort\n\t\t\trecoveredFrom\n\t\t\tcauses\n\t\t}\n\t}\n": types.ScenarioResultFieldsFragmentDoc,
    "\n\tfragment ScenarioSpecFields on ScenarioSpec {\n\t\tproductGroupId\n\t\thorizonMonths\n\t\tscope\n\t\tstartDate\n\t\tevents {\n\t\t\tid\n\t\t\tcountry\n\t\t\tcutPercent\n\t\t\tstart\n\t\t\tdurationMonths\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.ScenarioSpecFieldsFragmentDoc,
    "\n\tquery ScenarioSetup($productGroupId: ID!) {\n\t\tdependencyHeatmap(productGroupId: $productGroupId) {\n\t\t\tmaterials {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroupId\n\t\t}\n\t}\n": types.ScenarioSetupDocument,
    "\n\tquery MaterialSuppliers($id: ID!, $scope: SupplyScope) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tsupplies(scope: $scope) {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tcountry\n\t\t\t\tshare\n\t\t\t}\n\t\t}\n\t}\n": types.MaterialSuppliersDocument,
    "\n\tquery ScenarioItemSearch($productGroupId: ID!, $search: String!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(search: $search, first: 20) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ScenarioItemSearchDocument,
    "\n\tquery RunScenario($input: ScenarioInput!) {\n\t\trunScenario(input: $input) {\n\t\t\t...ScenarioResultFields\n\t\t}\n\t}\n": types.RunScenarioDocument,
    "\n\tmutation SaveScenario($roadmapId: ID!, $name: String!, $input: ScenarioInput!) {\n\t\tsaveScenario(roadmapId: $roadmapId, name: $name, input: $input) {\n\t\t\tid\n\t\t\tname\n\t\t\troadmapId\n\t\t}\n\t}\n": types.SaveScenarioDocument,
    "\n\tmutation DeleteScenario($id: ID!) {\n\t\tdeleteScenario(id: $id)\n\t}\n": types.DeleteScenarioDocument,
    "\n\tquery RoadmapScenarios($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\tscenarios {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcreatedAt\n\t\t\t\tcreatedBy {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinput {\n\t\t\t\t\t...ScenarioSpecFields\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.RoadmapScenariosDocument,
    "\n\tquery SavedScenario($id: ID!, $roadmapId: ID!) {\n\t\tsavedScenario(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\troadmapId\n\t\t\tinput {\n\t\t\t\t...ScenarioSpecFields\n\t\t\t}\n\t\t\tresult {\n\t\t\t\t...ScenarioResultFields\n\t\t\t}\n\t\t}\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n": types.SavedScenarioDocument,
    "\n\tfragment UserFields on User {\n\t\tid\n\t\temail\n\t\tname\n\t\trole\n\t\torganisation {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n": types.UserFieldsFragmentDoc,
    "\n\tquery Me {\n\t\tme {\n\t\t\t...UserFields\n\t\t}\n\t\tmyPermissionRules\n\t}\n": types.MeDocument,
    "\n\tquery PermissionRules {\n\t\tmyPermissionRules\n\t}\n": types.PermissionRulesDocument,
    "\n\tmutation Login($email: String!, $password: String!, $organisationId: ID) {\n\t\tlogin(email: $email, password: $password, organisationId: $organisationId) {\n\t\t\tuser {\n\t\t\t\t...UserFields\n\t\t\t}\n\t\t}\n\t}\n": types.LoginDocument,
    "\n\tmutation Logout {\n\t\tlogout\n\t}\n": types.LogoutDocument,
    "\n\tquery Demo {\n\t\tdemo {\n\t\t\tenabled\n\t\t\tusers {\n\t\t\t\temail\n\t\t\t\tdescription\n\t\t\t}\n\t\t}\n\t}\n": types.DemoDocument,
    "\n\tfragment SupplierProfileFields on SupplierProfile {\n\t\tid\n\t\tname\n\t\tprovince\n\t\tsizeClass\n\t\tcategory\n\t\tcapabilities\n\t\tkvkNumber\n\t\tcertifications\n\t\tsectors\n\t\tclearance\n\t\tcapacityHoursPerMonth\n\t\tcapacityFrom\n\t\tdescription\n\t\thiddenFromYou\n\t\tgovernmentOnly\n\t\tdemo\n\t\tisOwn\n\t\tkeptByYou\n\t}\n": types.SupplierProfileFieldsFragmentDoc,
    "\n\tfragment MatchNoteFields on MatchNote {\n\t\tcode\n\t\tvalues\n\t\tamount\n\t}\n": types.MatchNoteFieldsFragmentDoc,
    "\n\tfragment CapacityDemandFields on CapacityDemand {\n\t\tid\n\t\ttitle\n\t\tdescription\n\t\tcapabilities\n\t\tquantity\n\t\thoursPerMonth\n\t\twindowStart\n\t\twindowEnd\n\t\trequiredCertifications\n\t\trequiredClearance\n\t\tcanUpdate\n\t\troadmapId\n\t\tinterventionId\n\t\tpublisher {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\titem {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.CapacityDemandFieldsFragmentDoc,
    "\n\tquery SupplierFrontDoor {\n\t\tmySupplierProfile {\n\t\t\t...SupplierProfileFields\n\t\t}\n\t\tdemandsForMe {\n\t\t\tscore\n\t\t\tdemand {\n\t\t\t\t...CapacityDemandFields\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tmyResponse {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t}\n\t\t}\n\t\tcapacityDemands {\n\t\t\t...CapacityDemandFields\n\t\t}\n\t}\n": types.SupplierFrontDoorDocument,
    "\n\tquery CapacityDemand($id: ID!) {\n\t\tcapacityDemand(id: $id) {\n\t\t\t...CapacityDemandFields\n\t\t\tresponses {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t\tisOwn\n\t\t\t\tprofile {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.CapacityDemandDocument,
    "\n\tquery DemandCandidates($demandId: ID!, $first: Int) {\n\t\tdemandCandidates(demandId: $demandId, first: $first) {\n\t\t\tscore\n\t\t\tshortlisted\n\t\t\tprofile {\n\t\t\t\t...SupplierProfileFields\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tresponse {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t}\n\t\t}\n\t}\n": types.DemandCandidatesDocument,
    "\n\tquery SupplierProfile($id: ID!) {\n\t\tsupplierProfile(id: $id) {\n\t\t\t...SupplierProfileFields\n\t\t}\n\t\tsimilarSuppliers(profileId: $id, first: 10) {\n\t\t\tsimilarity\n\t\t\tshared\n\t\t\tprofile {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcategory\n\t\t\t\tprovince\n\t\t\t\tdemo\n\t\t\t}\n\t\t}\n\t}\n": types.SupplierProfileDocument,
    "\n\tmutation PublishCapacityDemand($input: CapacityDemandInput!) {\n\t\tpublishCapacityDemand(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.PublishCapacityDemandDocument,
    "\n\tmutation RespondToDemand($demandId: ID!, $input: DemandResponseInput!) {\n\t\trespondToDemand(demandId: $demandId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.RespondToDemandDocument,
    "\n\tmutation ShortlistSupplier($demandId: ID!, $profileId: ID!) {\n\t\tshortlistSupplier(demandId: $demandId, profileId: $profileId)\n\t}\n": types.ShortlistSupplierDocument,
    "\n\tmutation RemoveFromShortlist($demandId: ID!, $profileId: ID!) {\n\t\tremoveFromShortlist(demandId: $demandId, profileId: $profileId)\n\t}\n": types.RemoveFromShortlistDocument,
    "\n\tmutation CreateSupplierProfile($input: SupplierProfileInput!) {\n\t\tcreateSupplierProfile(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.CreateSupplierProfileDocument,
    "\n\tmutation UpdateSupplierProfile($id: ID!, $input: SupplierProfileInput!) {\n\t\tupdateSupplierProfile(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.UpdateSupplierProfileDocument,
    "\n\tquery SupplierDirectory($search: String, $capability: Capability, $category: DefenceCategory, $province: Province, $first: Int, $offset: Int) {\n\t\tsupplierProfiles(search: $search, capability: $capability, category: $category, province: $province, first: $first, offset: $offset) {\n\t\t\ttotal\n\t\t\tprofiles {\n\t\t\t\t...SupplierProfileFields\n\t\t\t}\n\t\t}\n\t}\n": types.SupplierDirectoryDocument,
    "\n\tmutation UpdateCapacityDemand($id: ID!, $input: CapacityDemandInput!) {\n\t\tupdateCapacityDemand(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.UpdateCapacityDemandDocument,
    "\n\tmutation DeleteCapacityDemand($id: ID!) {\n\t\tdeleteCapacityDemand(id: $id)\n\t}\n": types.DeleteCapacityDemandDocument,
    "\n\tmutation WithdrawDemandResponse($id: ID!) {\n\t\twithdrawDemandResponse(id: $id)\n\t}\n": types.WithdrawDemandResponseDocument,
    "\n\tquery InterventionCandidates($id: ID!) {\n\t\tintervention(id: $id) {\n\t\t\tid\n\t\t\ttype\n\t\t\tatRiskItems {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tkind\n\t\t\t}\n\t\t\tcandidateSuppliers {\n\t\t\t\tlinkedAt\n\t\t\t\tlinkedBy {\n\t\t\t\t\tname\n\t\t\t\t\torganisationId\n\t\t\t\t\torganisationName\n\t\t\t\t}\n\t\t\t\tprofile {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tcategory\n\t\t\t\t\tprovince\n\t\t\t\t\tcapabilities\n\t\t\t\t\tdemo\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.InterventionCandidatesDocument,
    "\n\tquery ItemCandidates($itemId: ID!, $capabilities: [Capability!], $first: Int) {\n\t\titemCandidates(itemId: $itemId, capabilities: $capabilities, first: $first) {\n\t\t\tscore\n\t\t\tprofile {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcategory\n\t\t\t\tprovince\n\t\t\t\tdemo\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t}\n\t}\n": types.ItemCandidatesDocument,
    "\n\tmutation LinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {\n\t\tlinkInterventionCandidate(interventionId: $interventionId, profileId: $profileId) {\n\t\t\tid\n\t\t}\n\t}\n": types.LinkInterventionCandidateDocument,
    "\n\tmutation UnlinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {\n\t\tunlinkInterventionCandidate(interventionId: $interventionId, profileId: $profileId) {\n\t\t\tid\n\t\t}\n\t}\n": types.UnlinkInterventionCandidateDocument,
    "\n\tquery RoadmapPhases($roadmapId: ID!) {\n\t\troadmapPhases(roadmapId: $roadmapId) {\n\t\t\tphase\n\t\t\tcurrent\n\t\t\tdone\n\t\t\topenPoints {\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tcount\n\t\t\t\tlink\n\t\t\t}\n\t\t}\n\t}\n": types.RoadmapPhasesDocument,
    "\n\tmutation MoveRoadmapPhase($roadmapId: ID!, $to: RoadmapPhase!, $note: String) {\n\t\tmoveRoadmapPhase(roadmapId: $roadmapId, to: $to, note: $note) {\n\t\t\tid\n\t\t\tphase\n\t\t}\n\t}\n": types.MoveRoadmapPhaseDocument,
    "\n\tquery MyTasks {\n\t\tmyTasks {\n\t\t\townedInterventions {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tdueDate\n\t\t\t\tprogressPct\n\t\t\t}\n\t\t\tawaitingDecision {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\timpact\n\t\t\t\teffort\n\t\t\t\tproposedBy {\n\t\t\t\t\tname\n\t\t\t\t\torganisationName\n\t\t\t\t}\n\t\t\t}\n\t\t\trisksToReview {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tlevel\n\t\t\t\treviewDate\n\t\t\t}\n\t\t}\n\t}\n": types.MyTasksDocument,
    "\n\tquery MemberProfileImportTemplate($language: ImportLanguage!) {\n\t\tmemberProfileImportTemplate(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": types.MemberProfileImportTemplateDocument,
    "\n\tmutation ImportMemberProfiles($fileName: String!, $contentBase64: String!, $apply: Boolean) {\n\t\timportMemberProfiles(fileName: $fileName, contentBase64: $contentBase64, apply: $apply) {\n\t\t\tapplied\n\t\t\trows\n\t\t\terrors {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tparams\n\t\t\t}\n\t\t\tprofiles {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tchanges {\n\t\t\t\trow\n\t\t\t\tkvkNumber\n\t\t\t\tname\n\t\t\t\taction\n\t\t\t\tfields\n\t\t\t}\n\t\t}\n\t}\n": types.ImportMemberProfilesDocument,
    "\n\tquery MemberProfiles($search: String, $first: Int, $offset: Int) {\n\t\tmemberProfiles(search: $search, first: $first, offset: $offset) {\n\t\t\ttotal\n\t\t\tprofiles {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tkvkNumber\n\t\t\t\tprovince\n\t\t\t\tcategory\n\t\t\t\tcapabilities\n\t\t\t\tgovernmentOnly\n\t\t\t}\n\t\t}\n\t}\n": types.MemberProfilesDocument,
    "\n\tmutation ExportMemberProfiles($language: ImportLanguage) {\n\t\texportMemberProfiles(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n": types.ExportMemberProfilesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ActivityEntryFields on ActivityEntry {\n\t\tid\n\t\troadmapId\n\t\troadmapTitle\n\t\tat\n\t\tkind\n\t\tsubject\n\t\tsubjectId\n\t\ttitle\n\t\tfrom\n\t\tto\n\t\tnote\n\t\tactor {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t}\n"): typeof import('./graphql').ActivityEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery RoadmapActivity($roadmapId: ID!, $first: Int) {\n\t\troadmapActivity(roadmapId: $roadmapId, first: $first) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n"): typeof import('./graphql').RoadmapActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MyActivity($first: Int) {\n\t\tmyActivity(first: $first) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n"): typeof import('./graphql').MyActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tsubscription RoadmapActivityAdded($roadmapId: ID!) {\n\t\troadmapActivityAdded(roadmapId: $roadmapId) {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n"): typeof import('./graphql').RoadmapActivityAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tsubscription MyActivityAdded {\n\t\tmyActivityAdded {\n\t\t\t...ActivityEntryFields\n\t\t}\n\t}\n"): typeof import('./graphql').MyActivityAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment DependencyFields on Dependency {\n\t\tkey\n\t\tkind\n\t\trank\n\t\tplatform {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\ttarget {\n\t\t\tid\n\t\t\tkind\n\t\t\tname\n\t\t\tsymbol\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tscore {\n\t\t\tvalue\n\t\t\tcoverage\n\t\t\tfactors {\n\t\t\t\tkey\n\t\t\t\tavailable\n\t\t\t\traw\n\t\t\t\tnormalized\n\t\t\t\tweight\n\t\t\t\teffectiveWeight\n\t\t\t\tcontribution\n\t\t\t\tsource {\n\t\t\t\t\tcountry\n\t\t\t\t\tstage\n\t\t\t\t\tsupplyLinkId\n\t\t\t\t\titem {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tmaterial {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tsymbol\n\t\t\t\t\t\tchemicalSymbol\n\t\t\t\t\t\tnameNl\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tweakestLink {\n\t\t\tkind\n\t\t\tvalue\n\t\t\tcontribution\n\t\t}\n\t\tweakLinks {\n\t\t\tkind\n\t\t\tcontribution\n\t\t}\n\t\tquantity {\n\t\t\tvalue\n\t\t\tunit\n\t\t\tcomplete\n\t\t}\n\t\titemCount\n\t\tpathCount\n\t\tpaths {\n\t\t\tquantity\n\t\t\titems {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').DependencyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery AnalysisProductGroups {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): typeof import('./graphql').AnalysisProductGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DependencyHeatmap($productGroupId: ID!) {\n\t\tdependencyHeatmap(productGroupId: $productGroupId) {\n\t\t\tplatforms {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tmaterials {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\tcells {\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tplatformId\n\t\t\t\tmaterialId\n\t\t\t\tscore\n\t\t\t\tquantityKg\n\t\t\t\tweakestLink\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').DependencyHeatmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Dependencies($productGroupId: ID, $itemId: ID, $kind: DependencyKind, $first: Int!, $after: String) {\n\t\tdependencies(productGroupId: $productGroupId, itemId: $itemId, kind: $kind, first: $first, after: $after, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tnodes {\n\t\t\t\t...DependencyFields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').DependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Dependency($key: String!) {\n\t\tdependency(key: $key) {\n\t\t\t...DependencyFields\n\t\t}\n\t}\n"): typeof import('./graphql').DependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MyLinkAudiences($productGroupId: ID!) {\n\t\tme {\n\t\t\torganisation {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t\tsupplyLinks(productGroupId: $productGroupId, mine: true, first: 200) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\taudience {\n\t\t\t\t\tseeEverything {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tseeFigures {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MyLinkAudiencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ContributionsAsSeenBy($organisationId: ID!, $productGroupId: ID!) {\n\t\tmyContributionsAsSeenBy(organisationId: $organisationId, productGroupId: $productGroupId) {\n\t\t\torganisation {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tlinkCount\n\t\t\titemCount\n\t\t\tlinks {\n\t\t\t\titemName\n\t\t\t\thiddenFields\n\t\t\t\tlink {\n\t\t\t\t\tid\n\t\t\t\t\tcountry\n\t\t\t\t\tshare\n\t\t\t\t\ttier\n\t\t\t\t\tleadTimeWeeks\n\t\t\t\t\tstockMonths\n\t\t\t\t\tsingleSource\n\t\t\t\t\tvisibility\n\t\t\t\t\tsupplierName\n\t\t\t\t\tsupplier {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tcontributedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\titems {\n\t\t\t\thiddenFields\n\t\t\t\titem {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\tvisibility\n\t\t\t\t\towner {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ContributionsAsSeenByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateMaterial($id: ID!, $input: UpdateMaterialInput!) {\n\t\tupdateMaterial(id: $id, input: $input) {\n\t\t\tid\n\t\t\tcrmStatus\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ReplaceMaterialSupplies($input: ReplaceMaterialSuppliesInput!) {\n\t\treplaceMaterialSupplies(input: $input) {\n\t\t\tid\n\t\t\tstage\n\t\t\tscope\n\t\t\tcountry\n\t\t\tcountryName\n\t\t\tshare\n\t\t\tsource\n\t\t\tyear\n\t\t}\n\t}\n"): typeof import('./graphql').ReplaceMaterialSuppliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RecordExportRestriction($input: RecordExportRestrictionInput!) {\n\t\trecordExportRestriction(input: $input) {\n\t\t\tid\n\t\t\tcountry\n\t\t\tmeasure\n\t\t\tsince\n\t\t\tuntil\n\t\t\tdescription\n\t\t\tsource\n\t\t\tactive\n\t\t}\n\t}\n"): typeof import('./graphql').RecordExportRestrictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateExportRestriction($id: ID!, $input: UpdateExportRestrictionInput!) {\n\t\tupdateExportRestriction(id: $id, input: $input) {\n\t\t\tid\n\t\t\tuntil\n\t\t\tactive\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateExportRestrictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteExportRestriction($id: ID!) {\n\t\tdeleteExportRestriction(id: $id)\n\t}\n"): typeof import('./graphql').DeleteExportRestrictionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery CatalogueHistory($id: ID!) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tchanges {\n\t\t\t\tid\n\t\t\t\tat\n\t\t\t\taction\n\t\t\t\tchanges\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').CatalogueHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment SupplyLinkFields on SupplyLink {\n\t\tid\n\t\titemId\n\t\tcountry\n\t\tshare\n\t\ttier\n\t\tleadTimeWeeks\n\t\tstockMonths\n\t\tsingleSource\n\t\tvisibility\n\t\tsupplierName\n\t\tsupplier {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tcontributedBy {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tsharedWith {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): typeof import('./graphql').SupplyLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ChainPlatforms {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t\titems(kind: PLATFORM, first: 50) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ChainPlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ChainTree($platformId: ID!) {\n\t\titem(id: $platformId) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tproductGroupId\n\t\t\tmaterials {\n\t\t\t\tmaterial {\n\t\t\t\t\tsymbol\n\t\t\t\t\tchemicalSymbol\n\t\t\t\t\tnameNl\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\tid\n\t\t\t\tcountry\n\t\t\t}\n\t\t\texplosion(maxDepth: 12) {\n\t\t\t\tdepth\n\t\t\t\tparentId\n\t\t\t\tpath\n\t\t\t\tquantity\n\t\t\t\tunit\n\t\t\t\titem {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\tmaterials {\n\t\t\t\t\t\tmaterial {\n\t\t\t\t\t\t\tsymbol\n\t\t\t\t\t\t\tchemicalSymbol\n\t\t\t\t\t\t\tnameNl\n\t\t\t\t\t\t\tname\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t\tsupplyLinks {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tcountry\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ChainTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ChainItem($id: ID!) {\n\t\titem(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tdescription\n\t\t\tvisibility\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tmaterials {\n\t\t\t\tquantityKg\n\t\t\t\tmaterial {\n\t\t\t\t\tid\n\t\t\t\t\tsymbol\n\t\t\t\t\tchemicalSymbol\n\t\t\t\t\tnameNl\n\t\t\t\t\tname\n\t\t\t\t\tcrmStatus\n\t\t\t\t}\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\t...SupplyLinkFields\n\t\t\t}\n\t\t\tsupplyCountries {\n\t\t\t\tincludesOthers\n\t\t\t\tcontributors\n\t\t\t\tcountries {\n\t\t\t\t\tcountry\n\t\t\t\t\tshare\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ChainItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ChainDataContext {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\torganisations {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n"): typeof import('./graphql').ChainDataContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ChainDataItems($productGroupId: ID!, $after: String) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(first: 200, after: $after) {\n\t\t\t\tpageInfo {\n\t\t\t\t\thasNextPage\n\t\t\t\t\tendCursor\n\t\t\t\t}\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t\towner {\n\t\t\t\t\t\tid\n\t\t\t\t\t}\n\t\t\t\t\tsupplyLinks {\n\t\t\t\t\t\t...SupplyLinkFields\n\t\t\t\t\t\taudience {\n\t\t\t\t\t\t\tseeEverything {\n\t\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\t\tname\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\tseeFigures {\n\t\t\t\t\t\t\t\tid\n\t\t\t\t\t\t\t\tname\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ChainDataItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ContributionAudience($itemId: ID!, $visibility: Visibility!, $sharedWith: [ID!]) {\n\t\tcontributionAudience(itemId: $itemId, visibility: $visibility, sharedWith: $sharedWith) {\n\t\t\tseeEverything {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tseeFigures {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ContributionAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateSupplyLink($input: CreateSupplyLinkInput!) {\n\t\tcreateSupplyLink(input: $input) {\n\t\t\t...SupplyLinkFields\n\t\t}\n\t}\n"): typeof import('./graphql').CreateSupplyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteSupplyLink($id: ID!) {\n\t\tdeleteSupplyLink(id: $id)\n\t}\n"): typeof import('./graphql').DeleteSupplyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateSupplyLink($id: ID!, $input: SupplyLinkInput!) {\n\t\tupdateSupplyLink(id: $id, input: $input) {\n\t\t\t...SupplyLinkFields\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateSupplyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment CommentThreadFields on DocumentCommentThread {\n\t\tid\n\t\tdocumentId\n\t\tquote\n\t\tcreatedAt\n\t\tresolved\n\t\tresolvedAt\n\t\tresolvedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t\tcanReply\n\t\tcomments {\n\t\t\tid\n\t\t\tthreadId\n\t\t\tbody\n\t\t\tcreatedAt\n\t\t\teditedAt\n\t\t\tcanEdit\n\t\t\tauthor {\n\t\t\t\tname\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').CommentThreadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DocumentCommentThreads($documentId: ID!) {\n\t\tdocumentCommentThreads(documentId: $documentId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n"): typeof import('./graphql').DocumentCommentThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation StartCommentThread($documentId: ID!, $quote: String!, $body: String!) {\n\t\tstartCommentThread(documentId: $documentId, quote: $quote, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n"): typeof import('./graphql').StartCommentThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ReplyToCommentThread($threadId: ID!, $body: String!) {\n\t\treplyToCommentThread(threadId: $threadId, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n"): typeof import('./graphql').ReplyToCommentThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ResolveCommentThread($threadId: ID!) {\n\t\tresolveCommentThread(threadId: $threadId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n"): typeof import('./graphql').ResolveCommentThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ReopenCommentThread($threadId: ID!) {\n\t\treopenCommentThread(threadId: $threadId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n"): typeof import('./graphql').ReopenCommentThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation EditComment($commentId: ID!, $body: String!) {\n\t\teditComment(commentId: $commentId, body: $body) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n"): typeof import('./graphql').EditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteComment($commentId: ID!) {\n\t\tdeleteComment(commentId: $commentId) {\n\t\t\t...CommentThreadFields\n\t\t}\n\t}\n"): typeof import('./graphql').DeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tsubscription DocumentCommentsChanged($documentId: ID!) {\n\t\tdocumentCommentsChanged(documentId: $documentId) {\n\t\t\tdocumentId\n\t\t\tthreadId\n\t\t\tthread {\n\t\t\t\t...CommentThreadFields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').DocumentCommentsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Country($country: String!) {\n\t\tmaterialSuppliesFrom(country: $country) {\n\t\t\tid\n\t\t\tstage\n\t\t\tscope\n\t\t\tshare\n\t\t\tshareIsUpperBound\n\t\t\tyear\n\t\t\tsource\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\texportRestrictions(country: $country) {\n\t\t\tid\n\t\t\tcountry\n\t\t\tmeasure\n\t\t\tsince\n\t\t\tuntil\n\t\t\tdescription\n\t\t\tsource\n\t\t\tactive\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tmonitoringSeries(country: $country) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n"): typeof import('./graphql').CountryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment DisruptionReportFields on DisruptionReport {\n\t\tid\n\t\tstartedOn\n\t\tdurationWeeks\n\t\tdelayWeeks\n\t\tpriceEffectPct\n\t\tcause\n\t\tmeasures\n\t\tdescription\n\t\tvisibility\n\t\tcanUpdate\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\titem {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\treportingOrganisation {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): typeof import('./graphql').DisruptionReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Disruptions($by: DisruptionGrouping!, $from: String, $to: String) {\n\t\tdisruptionReports {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t\tdisruptionSignals {\n\t\t\tmaterialId\n\t\t\tquarter\n\t\t\treports\n\t\t\torganisations\n\t\t\tincludesOthers\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tdisruptionAggregates(by: $by, from: $from, to: $to) {\n\t\t\tkey\n\t\t\treports\n\t\t\torganisations\n\t\t\taverageDelayWeeks\n\t\t\taveragePriceEffectPct\n\t\t\tincludesOthers\n\t\t}\n\t}\n"): typeof import('./graphql').DisruptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ReportDisruption($input: DisruptionReportInput!) {\n\t\treportDisruption(input: $input) {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t}\n"): typeof import('./graphql').ReportDisruptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateDisruptionReport($id: ID!, $input: DisruptionReportInput!) {\n\t\tupdateDisruptionReport(id: $id, input: $input) {\n\t\t\t...DisruptionReportFields\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateDisruptionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteDisruptionReport($id: ID!) {\n\t\tdeleteDisruptionReport(id: $id)\n\t}\n"): typeof import('./graphql').DeleteDisruptionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DisruptionFormOptions {\n\t\tmaterials(first: 200) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t\titems(first: 200) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').DisruptionFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DisruptionSignals {\n\t\tdisruptionSignals {\n\t\t\tmaterialId\n\t\t\tquarter\n\t\t\treports\n\t\t\torganisations\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').DisruptionSignalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ExportDocument($documentId: ID!, $format: DocumentExportFormat!, $locale: String) {\n\t\texportDocument(documentId: $documentId, format: $format, locale: $locale) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tcontentBase64\n\t\t}\n\t}\n"): typeof import('./graphql').ExportDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment DocumentFields on Document {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tlastEditedAt\n\t\tlastEditedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t\tcanEdit\n\t}\n"): typeof import('./graphql').DocumentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery RoadmapDocuments($roadmapId: ID!) {\n\t\tdocuments(roadmapId: $roadmapId) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n"): typeof import('./graphql').RoadmapDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Document($id: ID!) {\n\t\tdocument(id: $id) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n"): typeof import('./graphql').DocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DocumentRoadmap($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n"): typeof import('./graphql').DocumentRoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateDocument($roadmapId: ID!, $title: String!) {\n\t\tcreateDocument(roadmapId: $roadmapId, title: $title) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n"): typeof import('./graphql').CreateDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RenameDocument($id: ID!, $title: String!) {\n\t\trenameDocument(id: $id, title: $title) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n"): typeof import('./graphql').RenameDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteDocument($id: ID!) {\n\t\tdeleteDocument(id: $id)\n\t}\n"): typeof import('./graphql').DeleteDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment DocumentVersionFields on DocumentVersion {\n\t\tid\n\t\tdocumentId\n\t\tname\n\t\tcreatedAt\n\t\tsizeBytes\n\t\tcreatedBy {\n\t\t\tname\n\t\t\torganisationName\n\t\t}\n\t}\n"): typeof import('./graphql').DocumentVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DocumentVersions($documentId: ID!) {\n\t\tdocumentVersions(documentId: $documentId) {\n\t\t\t...DocumentVersionFields\n\t\t}\n\t}\n"): typeof import('./graphql').DocumentVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SaveDocumentVersion($documentId: ID!, $name: String!) {\n\t\tsaveDocumentVersion(documentId: $documentId, name: $name) {\n\t\t\t...DocumentVersionFields\n\t\t}\n\t}\n"): typeof import('./graphql').SaveDocumentVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DocumentDiff($versionId: ID!) {\n\t\tdocumentDiff(versionId: $versionId) {\n\t\t\tkind\n\t\t\ttext\n\t\t}\n\t}\n"): typeof import('./graphql').DocumentDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RestoreDocumentVersion($versionId: ID!) {\n\t\trestoreDocumentVersion(versionId: $versionId) {\n\t\t\t...DocumentFields\n\t\t}\n\t}\n"): typeof import('./graphql').RestoreDocumentVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ChainImportTemplate($language: ImportLanguage!) {\n\t\tchainImportTemplate(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n"): typeof import('./graphql').ChainImportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ImportChainData($productGroupId: ID!, $fileName: String!, $contentBase64: String!, $apply: Boolean, $importId: ID) {\n\t\timportChainData(productGroupId: $productGroupId, fileName: $fileName, contentBase64: $contentBase64, apply: $apply, importId: $importId) {\n\t\t\tapplied\n\t\t\terrors {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tparams\n\t\t\t}\n\t\t\titems {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tcompositions {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\titemMaterials {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tsupplyLinks {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tchanges {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tentity\n\t\t\t\taction\n\t\t\t\tlabel\n\t\t\t\tfields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ImportChainDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ExportChainData($productGroupId: ID!, $format: ChainDataExportFormat!) {\n\t\texportChainData(productGroupId: $productGroupId, format: $format) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n"): typeof import('./graphql').ExportChainDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tsubscription ChainImportProgress($importId: ID!) {\n\t\tchainImportProgress(importId: $importId) {\n\t\t\timportId\n\t\t\tphase\n\t\t\tdone\n\t\t\ttotal\n\t\t\tpercent\n\t\t}\n\t}\n"): typeof import('./graphql').ChainImportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ExportSupplyLinks($productGroupId: ID!, $format: ChainDataExportFormat!, $language: ImportLanguage!) {\n\t\texportSupplyLinks(productGroupId: $productGroupId, format: $format, language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\trows\n\t\t\tbase64\n\t\t}\n\t}\n"): typeof import('./graphql').ExportSupplyLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment InterventionCardFields on Intervention {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\ttype\n\t\tinstrument\n\t\timpact\n\t\teffort\n\t\tquadrant\n\t\thorizon\n\t\tstatus\n\t\tprogressPct\n\t\tdueDate\n\t\towner {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\townerKind\n\t\tproposedBy {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t\trisks {\n\t\t\tid\n\t\t\ttitle\n\t\t\tdependencyKey\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tcanUpdate\n\t\tcanDecide\n\t\tallowedTransitions\n\t\tupdatedAt\n\t}\n"): typeof import('./graphql').InterventionCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment InterventionFields on Intervention {\n\t\t...InterventionCardFields\n\t\tdescription\n\t\tstatusReason\n\t\tdeliverable\n\t\tdetails\n\t\tdetailsVisibility\n\t\tcreatedAt\n\t\trisks {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlevel\n\t\t\tlikelihood\n\t\t\timpact\n\t\t\tstatus\n\t\t\tdependencyKey\n\t\t\tevidence {\n\t\t\t\tscore\n\t\t\t\ttargetName\n\t\t\t\tkind\n\t\t\t\tplatformName\n\t\t\t\tcomputedAt\n\t\t\t}\n\t\t\tliveScore\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\thistory {\n\t\t\tid\n\t\t\tkind\n\t\t\tfromStatus\n\t\t\ttoStatus\n\t\t\treason\n\t\t\tnote\n\t\t\tprogressPct\n\t\t\tat\n\t\t\tactor {\n\t\t\t\tname\n\t\t\t\torganisationId\n\t\t\t\torganisationName\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').InterventionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InterventionsPage($roadmapId: ID!, $filter: InterventionFilter) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlevel\n\t\t\tdependencyKey\n\t\t\tevidence {\n\t\t\t\tplatformName\n\t\t\t}\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tinterventions(roadmapId: $roadmapId, filter: $filter) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n"): typeof import('./graphql').InterventionsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Interventions($roadmapId: ID!, $filter: InterventionFilter) {\n\t\tinterventions(roadmapId: $roadmapId, filter: $filter) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n"): typeof import('./graphql').InterventionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Intervention($id: ID!) {\n\t\tintervention(id: $id) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n"): typeof import('./graphql').InterventionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InterventionRoadmap($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').InterventionRoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ProposeIntervention($input: ProposeInterventionInput!) {\n\t\tproposeIntervention(input: $input) {\n\t\t\t...InterventionCardFields\n\t\t}\n\t}\n"): typeof import('./graphql').ProposeInterventionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SetInterventionStatus($id: ID!, $to: InterventionStatus!, $reason: String) {\n\t\tsetInterventionStatus(id: $id, to: $to, reason: $reason) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n"): typeof import('./graphql').SetInterventionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ReportInterventionProgress($id: ID!, $progressPct: Int!, $note: String!) {\n\t\treportInterventionProgress(id: $id, progressPct: $progressPct, note: $note) {\n\t\t\t...InterventionFields\n\t\t}\n\t}\n"): typeof import('./graphql').ReportInterventionProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteIntervention($id: ID!) {\n\t\tdeleteIntervention(id: $id)\n\t}\n"): typeof import('./graphql').DeleteInterventionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment AgreementFields on Agreement {\n\t\tresponsible {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\tdueDate\n\t\tdeliverable\n\t\tstatus\n\t\toverdue\n\t\tintervention {\n\t\t\tid\n\t\t\ttitle\n\t\t\ttype\n\t\t\tprogressPct\n\t\t\tcanDecide\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').AgreementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery AgreementsPage($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tagreements(roadmapId: $roadmapId) {\n\t\t\t...AgreementFields\n\t\t}\n\t}\n"): typeof import('./graphql').AgreementsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SetAgreement($interventionId: ID!, $responsibleOrgId: ID, $dueDate: String, $deliverable: String) {\n\t\tsetAgreement(interventionId: $interventionId, responsibleOrgId: $responsibleOrgId, dueDate: $dueDate, deliverable: $deliverable) {\n\t\t\t...AgreementFields\n\t\t}\n\t}\n"): typeof import('./graphql').SetAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ExportAgreements($roadmapId: ID!, $format: AgreementExportFormat!) {\n\t\texportAgreements(roadmapId: $roadmapId, format: $format) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n"): typeof import('./graphql').ExportAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment LiveDependencyRowFields on Dependency {\n\t\tkey\n\t\tkind\n\t\tplatform {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\ttarget {\n\t\t\tid\n\t\t\tkind\n\t\t\tname\n\t\t\tsymbol\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t}\n\t\t}\n\t\tscore {\n\t\t\tvalue\n\t\t}\n\t}\n"): typeof import('./graphql').LiveDependencyRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveProductGroupDependencies($productGroupId: ID!, $kind: DependencyKind, $first: Int!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tdependencies(productGroupId: $productGroupId, kind: $kind, first: $first, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tnodes {\n\t\t\t\t...LiveDependencyRowFields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LiveProductGroupDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveItemDependencies($itemId: ID!, $kind: DependencyKind, $first: Int!) {\n\t\titem(id: $itemId) {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t\tproductGroupId\n\t\t}\n\t\tdependencies(itemId: $itemId, kind: $kind, first: $first, orderBy: SCORE) {\n\t\t\ttotalCount\n\t\t\tnodes {\n\t\t\t\t...LiveDependencyRowFields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LiveItemDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveMaterial($id: ID!) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t\tname\n\t\t\tcrmStatus\n\t\t\tparentSymbol\n\t\t\tsupplyRisk\n\t\t\teconomicImportance\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t\tsupplies(scope: GLOBAL) {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tscope\n\t\t\t\tcountry\n\t\t\t\tcountryName\n\t\t\t\tshare\n\t\t\t\tshareIsUpperBound\n\t\t\t\tsource\n\t\t\t\tyear\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LiveMaterialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveScenario($id: ID!) {\n\t\tsavedScenario(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tinput {\n\t\t\t\tproductGroupId\n\t\t\t}\n\t\t\tresult {\n\t\t\t\tmonths\n\t\t\t\tshortItemCount\n\t\t\t\tplatforms {\n\t\t\t\t\tplatform {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\tfirstShortfall\n\t\t\t\t\tworstAvailability\n\t\t\t\t\tshortItemCount\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LiveScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tsubscription LiveFigureChainChanged($productGroupId: ID!) {\n\t\tsupplyLinkChanged(productGroupId: $productGroupId) {\n\t\t\tkind\n\t\t}\n\t}\n"): typeof import('./graphql').LiveFigureChainChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveFigureChoices($roadmapId: ID!) {\n\t\tproductGroups {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\tproductGroupId\n\t\t\tscenarios {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LiveFigureChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveFigurePlatforms($productGroupId: ID!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(kind: PLATFORM, first: 200) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LiveFigurePlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveFigureMaterials($search: String) {\n\t\tmaterials(search: $search, first: 30) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t\tcrmStatus\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LiveFigureMaterialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveAgreements($roadmapId: ID!) {\n\t\tagreements(roadmapId: $roadmapId) {\n\t\t\tintervention {\n\t\t\t\tid\n\t\t\t\ttitle\n\t\t\t}\n\t\t\tresponsible {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tdueDate\n\t\t\tdeliverable\n\t\t\tstatus\n\t\t\toverdue\n\t\t}\n\t}\n"): typeof import('./graphql').LiveAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveRisks($roadmapId: ID!) {\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tlikelihood\n\t\t\timpact\n\t\t\tlevel\n\t\t\tstatus\n\t\t\towner {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LiveRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery LiveInterventions($roadmapId: ID!) {\n\t\tinterventions(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\timpact\n\t\t\teffort\n\t\t\tquadrant\n\t\t\tstatus\n\t\t}\n\t}\n"): typeof import('./graphql').LiveInterventionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tsubscription LiveFigureRoadmapActivity($roadmapId: ID!) {\n\t\troadmapActivityAdded(roadmapId: $roadmapId) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').LiveFigureRoadmapActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Materials($crmList: Boolean, $critical: Boolean, $search: String, $first: Int, $after: String) {\n\t\tmaterials(crmList: $crmList, critical: $critical, search: $search, first: $first, after: $after) {\n\t\t\ttotalCount\n\t\t\tpageInfo {\n\t\t\t\thasNextPage\n\t\t\t\tendCursor\n\t\t\t}\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tcrmStatus\n\t\t\t\tcritical\n\t\t\t\tonCrmList\n\t\t\t\tparentSymbol\n\t\t\t\tsupplyRisk\n\t\t\t\teolRecyclingRate\n\t\t\t\tgroup {\n\t\t\t\t\tid\n\t\t\t\t\tsymbol\n\t\t\t\t\tsupplyRisk\n\t\t\t\t\teolRecyclingRate\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MaterialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment MaterialConcentration on Concentration {\n\t\thhi\n\t\thhiNormalised\n\t\tband\n\t\trescaledFrom\n\t}\n"): typeof import('./graphql').MaterialConcentrationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MaterialFactsheet($symbol: String!) {\n\t\tmaterial(symbol: $symbol) {\n\t\t\tid\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tname\n\t\t\tnameNl\n\t\t\tcrmStatus\n\t\t\tcritical\n\t\t\tonCrmList\n\t\t\tlistYear\n\t\t\tparentSymbol\n\t\t\tsupplyRisk\n\t\t\teconomicImportance\n\t\t\timportReliance\n\t\t\teolRecyclingRate\n\t\t\tsubstitutionIndex\n\t\t\tgroup {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tsupplyRisk\n\t\t\t\teconomicImportance\n\t\t\t\timportReliance\n\t\t\t\teolRecyclingRate\n\t\t\t\tsubstitutionIndex\n\t\t\t}\n\t\t\teGlobal: concentration(stage: EXTRACTION, scope: GLOBAL) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\teEu: concentration(stage: EXTRACTION, scope: EU_SOURCING) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tpGlobal: concentration(stage: PROCESSING, scope: GLOBAL) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tpEu: concentration(stage: PROCESSING, scope: EU_SOURCING) {\n\t\t\t\t...MaterialConcentration\n\t\t\t}\n\t\t\tsupplies {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tscope\n\t\t\t\tcountry\n\t\t\t\tcountryName\n\t\t\t\tshare\n\t\t\t\tshareIsUpperBound\n\t\t\t\tsource\n\t\t\t\tyear\n\t\t\t}\n\t\t\tmembers {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tname\n\t\t\t\tnameNl\n\t\t\t\tcrmStatus\n\t\t\t}\n\t\t\tusedIn {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\texportRestrictions {\n\t\t\t\tid\n\t\t\t\tcountry\n\t\t\t\tmeasure\n\t\t\t\tsince\n\t\t\t\tuntil\n\t\t\t\tdescription\n\t\t\t\tsource\n\t\t\t\tactive\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MaterialFactsheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment MonitoringSeriesFields on MonitoringSeries {\n\t\tid\n\t\tname\n\t\tsubjectKind\n\t\tcountry\n\t\tindicator\n\t\tcustomName\n\t\tunit\n\t\tfrequency\n\t\tsource\n\t\tlicence\n\t\tdemo\n\t\tupdatedAt\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\tpublisher {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): typeof import('./graphql').MonitoringSeriesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment MonitoringAlertFields on MonitoringAlert {\n\t\tid\n\t\tdate\n\t\tvalue\n\t\tseverity\n\t\traisedAt\n\t\tacknowledged\n\t\tongoing\n\t\tthresholdId\n\t\tthreshold {\n\t\t\tid\n\t\t\tkind\n\t\t\tvalue\n\t\t\tpercent\n\t\t\tperiods\n\t\t}\n\t\tseries {\n\t\t\tid\n\t\t\tname\n\t\t\tunit\n\t\t}\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n"): typeof import('./graphql').MonitoringAlertFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment SeriesChartFields on MonitoringSeries {\n\t\t...MonitoringSeriesFields\n\t\tobservations {\n\t\t\tdate\n\t\t\tvalue\n\t\t\tnote\n\t\t}\n\t\tthresholds {\n\t\t\tid\n\t\t\tkind\n\t\t\tvalue\n\t\t\tpercent\n\t\t\tperiods\n\t\t\tseverity\n\t\t}\n\t\talerts {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tthresholdId\n\t\t}\n\t}\n"): typeof import('./graphql').SeriesChartFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MonitoringSeriesList($materialId: ID, $from: String!, $to: String!) {\n\t\tmonitoringSeries(materialId: $materialId) {\n\t\t\t...MonitoringSeriesFields\n\t\t\tlatest {\n\t\t\t\tdate\n\t\t\t\tvalue\n\t\t\t}\n\t\t\tchange(from: $from, to: $to) {\n\t\t\t\tpercent\n\t\t\t\tchange\n\t\t\t\tfirst {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t\tlast {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MonitoringSeriesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery SubjectSeries($materialId: ID, $itemId: ID) {\n\t\tmonitoringSeries(materialId: $materialId, itemId: $itemId) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n"): typeof import('./graphql').SubjectSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MonitoringSeries($id: ID!) {\n\t\tmonitoringSeriesById(id: $id) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n"): typeof import('./graphql').MonitoringSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MyAlerts($includeAcknowledged: Boolean!) {\n\t\tmyAlerts(includeAcknowledged: $includeAcknowledged) {\n\t\t\t...MonitoringAlertFields\n\t\t}\n\t}\n"): typeof import('./graphql').MyAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MonitoringOverview($roadmapId: ID!, $from: String!, $to: String!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t\tmonitoringOverview(roadmapId: $roadmapId, from: $from, to: $to) {\n\t\t\tseries {\n\t\t\t\t...MonitoringSeriesFields\n\t\t\t}\n\t\t\tchange {\n\t\t\t\tpercent\n\t\t\t\tchange\n\t\t\t\tfirst {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t\tlast {\n\t\t\t\t\tdate\n\t\t\t\t\tvalue\n\t\t\t\t}\n\t\t\t}\n\t\t\talerts {\n\t\t\t\tid\n\t\t\t\tdate\n\t\t\t\tvalue\n\t\t\t\tseverity\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MonitoringOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateMonitoringSeries($input: MonitoringSeriesInput!) {\n\t\tcreateMonitoringSeries(input: $input) {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): typeof import('./graphql').CreateMonitoringSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation AddObservations($seriesId: ID!, $observations: [ObservationInput!]!) {\n\t\taddObservations(seriesId: $seriesId, observations: $observations) {\n\t\t\timported\n\t\t\talertsRaised\n\t\t}\n\t}\n"): typeof import('./graphql').AddObservationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ImportObservations($seriesId: ID!, $fileName: String!, $contentBase64: String!) {\n\t\timportObservations(seriesId: $seriesId, fileName: $fileName, contentBase64: $contentBase64) {\n\t\t\timported\n\t\t\talertsRaised\n\t\t}\n\t}\n"): typeof import('./graphql').ImportObservationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteObservation($seriesId: ID!, $date: String!) {\n\t\tdeleteObservation(seriesId: $seriesId, date: $date)\n\t}\n"): typeof import('./graphql').DeleteObservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateThreshold($seriesId: ID!, $input: ThresholdInput!) {\n\t\tcreateThreshold(seriesId: $seriesId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').CreateThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteThreshold($id: ID!) {\n\t\tdeleteThreshold(id: $id)\n\t}\n"): typeof import('./graphql').DeleteThresholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation AcknowledgeAlert($id: ID!) {\n\t\tacknowledgeAlert(id: $id) {\n\t\t\tid\n\t\t\tacknowledged\n\t\t}\n\t}\n"): typeof import('./graphql').AcknowledgeAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tsubscription MonitoringSeriesChanged($seriesId: ID!) {\n\t\tmonitoringSeriesChanged(seriesId: $seriesId) {\n\t\t\t...SeriesChartFields\n\t\t}\n\t}\n"): typeof import('./graphql').MonitoringSeriesChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tsubscription MyAlertRaised {\n\t\tmyAlertRaised {\n\t\t\t...MonitoringAlertFields\n\t\t}\n\t}\n"): typeof import('./graphql').MyAlertRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment RiskFields on Risk {\n\t\tid\n\t\troadmapId\n\t\ttitle\n\t\trationale\n\t\tlikelihood\n\t\timpact\n\t\tlevel\n\t\tstatus\n\t\towner {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t\treviewDate\n\t\tmonitoringIndicator\n\t\tdependencyKey\n\t\tmaterial {\n\t\t\tid\n\t\t\tname\n\t\t\tsymbol\n\t\t\tchemicalSymbol\n\t\t\tnameNl\n\t\t}\n\t\tevidence {\n\t\t\tscore\n\t\t\ttargetName\n\t\t\tkind\n\t\t\tplatformName\n\t\t\tcomputedAt\n\t\t\tfactors {\n\t\t\t\tname\n\t\t\t\tvalue\n\t\t\t}\n\t\t}\n\t\tliveScore\n\t\tscoreChange\n\t\tinterventions {\n\t\t\tid\n\t\t\ttitle\n\t\t\tstatus\n\t\t}\n\t\talerts {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tseries {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tunit\n\t\t\t}\n\t\t}\n\t\tcreatedBy {\n\t\t\tname\n\t\t\torganisationId\n\t\t\torganisationName\n\t\t}\n\t\tcreatedAt\n\t\tupdatedAt\n\t\tcanUpdate\n\t\tcanDelete\n\t}\n"): typeof import('./graphql').RiskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery RiskRegister($roadmapId: ID!) {\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\tid\n\t\t\t\trole\n\t\t\t\torganisation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\trisks(roadmapId: $roadmapId) {\n\t\t\t...RiskFields\n\t\t}\n\t\tmyAlerts(includeAcknowledged: true) {\n\t\t\tid\n\t\t\tdate\n\t\t\tvalue\n\t\t\tseverity\n\t\t\tseries {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tunit\n\t\t\t}\n\t\t\troadmaps {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').RiskRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateRisk($input: CreateRiskInput!) {\n\t\tcreateRisk(input: $input) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n"): typeof import('./graphql').CreateRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateRiskFromDependency($roadmapId: ID!, $dependencyKey: String!) {\n\t\tcreateRiskFromDependency(roadmapId: $roadmapId, dependencyKey: $dependencyKey) {\n\t\t\tid\n\t\t\troadmapId\n\t\t\ttitle\n\t\t\tevidence {\n\t\t\t\tscore\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').CreateRiskFromDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateRisk($id: ID!, $input: UpdateRiskInput!) {\n\t\tupdateRisk(id: $id, input: $input) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteRisk($id: ID!) {\n\t\tdeleteRisk(id: $id)\n\t}\n"): typeof import('./graphql').DeleteRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery RiskTargetRoadmaps {\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroupId\n\t\t}\n\t}\n"): typeof import('./graphql').RiskTargetRoadmapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation LinkAlertToRisk($riskId: ID!, $alertId: ID!) {\n\t\tlinkAlertToRisk(riskId: $riskId, alertId: $alertId) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n"): typeof import('./graphql').LinkAlertToRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UnlinkAlertFromRisk($riskId: ID!, $alertId: ID!) {\n\t\tunlinkAlertFromRisk(riskId: $riskId, alertId: $alertId) {\n\t\t\t...RiskFields\n\t\t}\n\t}\n"): typeof import('./graphql').UnlinkAlertFromRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ParticipantFields on Participant {\n\t\tid\n\t\trole\n\t\torganisation {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n"): typeof import('./graphql').ParticipantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MyRoadmaps {\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tphase\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\t...ParticipantFields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MyRoadmapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Roadmap($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\ttitle\n\t\t\tphase\n\t\t\tproductGroup {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t}\n\t\t\tparticipants {\n\t\t\t\t...ParticipantFields\n\t\t\t}\n\t\t}\n\t\torganisations {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n"): typeof import('./graphql').RoadmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SetParticipant($roadmapId: ID!, $organisationId: ID!, $role: ParticipantRole!) {\n\t\tsetParticipant(roadmapId: $roadmapId, organisationId: $organisationId, role: $role) {\n\t\t\t...ParticipantFields\n\t\t}\n\t}\n"): typeof import('./graphql').SetParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RemoveParticipant($roadmapId: ID!, $organisationId: ID!) {\n\t\tremoveParticipant(roadmapId: $roadmapId, organisationId: $organisationId)\n\t}\n"): typeof import('./graphql').RemoveParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ScenarioResultFields on ScenarioResult {\n\t\tname\n\t\tmonths\n\t\twarnings\n\t\tshortItemCount\n\t\tevents {\n\t\t\tid\n\t\t\tcountry\n\t\t\tcutFraction\n\t\t\tsourceShare\n\t\t\tsupplyLoss\n\t\t\tstage\n\t\t\tfrom\n\t\t\tuntil\n\t\t\ttargetKind\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\tplatforms {\n\t\t\tplatform {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tfirstShortfall\n\t\t\tworstAvailability\n\t\t\tshortItemCount\n\t\t\ttimeline {\n\t\t\t\tmonth\n\t\t\t\tavailability\n\t\t\t}\n\t\t}\n\t\titems {\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tsupplyDropFrom\n\t\t\tshortfallFrom\n\t\t\tworstShortfall\n\t\t\tmonthsShort\n\t\t\trecoveredFrom\n\t\t\tcauses\n\t\t}\n\t}\n"): typeof import('./graphql').ScenarioResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ScenarioSpecFields on ScenarioSpec {\n\t\tproductGroupId\n\t\thorizonMonths\n\t\tscope\n\t\tstartDate\n\t\tevents {\n\t\t\tid\n\t\t\tcountry\n\t\t\tcutPercent\n\t\t\tstart\n\t\t\tdurationMonths\n\t\t\tmaterial {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t\titem {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ScenarioSpecFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ScenarioSetup($productGroupId: ID!) {\n\t\tdependencyHeatmap(productGroupId: $productGroupId) {\n\t\t\tmaterials {\n\t\t\t\tid\n\t\t\t\tsymbol\n\t\t\t\tchemicalSymbol\n\t\t\t\tnameNl\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t\troadmaps {\n\t\t\tid\n\t\t\ttitle\n\t\t\tproductGroupId\n\t\t}\n\t}\n"): typeof import('./graphql').ScenarioSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MaterialSuppliers($id: ID!, $scope: SupplyScope) {\n\t\tmaterial(id: $id) {\n\t\t\tid\n\t\t\tsupplies(scope: $scope) {\n\t\t\t\tid\n\t\t\t\tstage\n\t\t\t\tcountry\n\t\t\t\tshare\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MaterialSuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ScenarioItemSearch($productGroupId: ID!, $search: String!) {\n\t\tproductGroup(id: $productGroupId) {\n\t\t\tid\n\t\t\titems(search: $search, first: 20) {\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tkind\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ScenarioItemSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery RunScenario($input: ScenarioInput!) {\n\t\trunScenario(input: $input) {\n\t\t\t...ScenarioResultFields\n\t\t}\n\t}\n"): typeof import('./graphql').RunScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation SaveScenario($roadmapId: ID!, $name: String!, $input: ScenarioInput!) {\n\t\tsaveScenario(roadmapId: $roadmapId, name: $name, input: $input) {\n\t\t\tid\n\t\t\tname\n\t\t\troadmapId\n\t\t}\n\t}\n"): typeof import('./graphql').SaveScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteScenario($id: ID!) {\n\t\tdeleteScenario(id: $id)\n\t}\n"): typeof import('./graphql').DeleteScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery RoadmapScenarios($id: ID!) {\n\t\troadmap(id: $id) {\n\t\t\tid\n\t\t\tscenarios {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcreatedAt\n\t\t\t\tcreatedBy {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\tinput {\n\t\t\t\t\t...ScenarioSpecFields\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').RoadmapScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery SavedScenario($id: ID!, $roadmapId: ID!) {\n\t\tsavedScenario(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\troadmapId\n\t\t\tinput {\n\t\t\t\t...ScenarioSpecFields\n\t\t\t}\n\t\t\tresult {\n\t\t\t\t...ScenarioResultFields\n\t\t\t}\n\t\t}\n\t\troadmap(id: $roadmapId) {\n\t\t\tid\n\t\t\ttitle\n\t\t}\n\t}\n"): typeof import('./graphql').SavedScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment UserFields on User {\n\t\tid\n\t\temail\n\t\tname\n\t\trole\n\t\torganisation {\n\t\t\tid\n\t\t\tname\n\t\t\tkind\n\t\t}\n\t}\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Me {\n\t\tme {\n\t\t\t...UserFields\n\t\t}\n\t\tmyPermissionRules\n\t}\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PermissionRules {\n\t\tmyPermissionRules\n\t}\n"): typeof import('./graphql').PermissionRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation Login($email: String!, $password: String!, $organisationId: ID) {\n\t\tlogin(email: $email, password: $password, organisationId: $organisationId) {\n\t\t\tuser {\n\t\t\t\t...UserFields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation Logout {\n\t\tlogout\n\t}\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Demo {\n\t\tdemo {\n\t\t\tenabled\n\t\t\tusers {\n\t\t\t\temail\n\t\t\t\tdescription\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').DemoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment SupplierProfileFields on SupplierProfile {\n\t\tid\n\t\tname\n\t\tprovince\n\t\tsizeClass\n\t\tcategory\n\t\tcapabilities\n\t\tkvkNumber\n\t\tcertifications\n\t\tsectors\n\t\tclearance\n\t\tcapacityHoursPerMonth\n\t\tcapacityFrom\n\t\tdescription\n\t\thiddenFromYou\n\t\tgovernmentOnly\n\t\tdemo\n\t\tisOwn\n\t\tkeptByYou\n\t}\n"): typeof import('./graphql').SupplierProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment MatchNoteFields on MatchNote {\n\t\tcode\n\t\tvalues\n\t\tamount\n\t}\n"): typeof import('./graphql').MatchNoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment CapacityDemandFields on CapacityDemand {\n\t\tid\n\t\ttitle\n\t\tdescription\n\t\tcapabilities\n\t\tquantity\n\t\thoursPerMonth\n\t\twindowStart\n\t\twindowEnd\n\t\trequiredCertifications\n\t\trequiredClearance\n\t\tcanUpdate\n\t\troadmapId\n\t\tinterventionId\n\t\tpublisher {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\titem {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): typeof import('./graphql').CapacityDemandFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery SupplierFrontDoor {\n\t\tmySupplierProfile {\n\t\t\t...SupplierProfileFields\n\t\t}\n\t\tdemandsForMe {\n\t\t\tscore\n\t\t\tdemand {\n\t\t\t\t...CapacityDemandFields\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tmyResponse {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t}\n\t\t}\n\t\tcapacityDemands {\n\t\t\t...CapacityDemandFields\n\t\t}\n\t}\n"): typeof import('./graphql').SupplierFrontDoorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery CapacityDemand($id: ID!) {\n\t\tcapacityDemand(id: $id) {\n\t\t\t...CapacityDemandFields\n\t\t\tresponses {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t\tisOwn\n\t\t\t\tprofile {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').CapacityDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery DemandCandidates($demandId: ID!, $first: Int) {\n\t\tdemandCandidates(demandId: $demandId, first: $first) {\n\t\t\tscore\n\t\t\tshortlisted\n\t\t\tprofile {\n\t\t\t\t...SupplierProfileFields\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tresponse {\n\t\t\t\tid\n\t\t\t\thoursPerMonth\n\t\t\t\tavailableFrom\n\t\t\t\tmessage\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').DemandCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery SupplierProfile($id: ID!) {\n\t\tsupplierProfile(id: $id) {\n\t\t\t...SupplierProfileFields\n\t\t}\n\t\tsimilarSuppliers(profileId: $id, first: 10) {\n\t\t\tsimilarity\n\t\t\tshared\n\t\t\tprofile {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcategory\n\t\t\t\tprovince\n\t\t\t\tdemo\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').SupplierProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PublishCapacityDemand($input: CapacityDemandInput!) {\n\t\tpublishCapacityDemand(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').PublishCapacityDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RespondToDemand($demandId: ID!, $input: DemandResponseInput!) {\n\t\trespondToDemand(demandId: $demandId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').RespondToDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ShortlistSupplier($demandId: ID!, $profileId: ID!) {\n\t\tshortlistSupplier(demandId: $demandId, profileId: $profileId)\n\t}\n"): typeof import('./graphql').ShortlistSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation RemoveFromShortlist($demandId: ID!, $profileId: ID!) {\n\t\tremoveFromShortlist(demandId: $demandId, profileId: $profileId)\n\t}\n"): typeof import('./graphql').RemoveFromShortlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation CreateSupplierProfile($input: SupplierProfileInput!) {\n\t\tcreateSupplierProfile(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').CreateSupplierProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateSupplierProfile($id: ID!, $input: SupplierProfileInput!) {\n\t\tupdateSupplierProfile(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateSupplierProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery SupplierDirectory($search: String, $capability: Capability, $category: DefenceCategory, $province: Province, $first: Int, $offset: Int) {\n\t\tsupplierProfiles(search: $search, capability: $capability, category: $category, province: $province, first: $first, offset: $offset) {\n\t\t\ttotal\n\t\t\tprofiles {\n\t\t\t\t...SupplierProfileFields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').SupplierDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UpdateCapacityDemand($id: ID!, $input: CapacityDemandInput!) {\n\t\tupdateCapacityDemand(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').UpdateCapacityDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation DeleteCapacityDemand($id: ID!) {\n\t\tdeleteCapacityDemand(id: $id)\n\t}\n"): typeof import('./graphql').DeleteCapacityDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation WithdrawDemandResponse($id: ID!) {\n\t\twithdrawDemandResponse(id: $id)\n\t}\n"): typeof import('./graphql').WithdrawDemandResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery InterventionCandidates($id: ID!) {\n\t\tintervention(id: $id) {\n\t\t\tid\n\t\t\ttype\n\t\t\tatRiskItems {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tkind\n\t\t\t}\n\t\t\tcandidateSuppliers {\n\t\t\t\tlinkedAt\n\t\t\t\tlinkedBy {\n\t\t\t\t\tname\n\t\t\t\t\torganisationId\n\t\t\t\t\torganisationName\n\t\t\t\t}\n\t\t\t\tprofile {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tcategory\n\t\t\t\t\tprovince\n\t\t\t\t\tcapabilities\n\t\t\t\t\tdemo\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').InterventionCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ItemCandidates($itemId: ID!, $capabilities: [Capability!], $first: Int) {\n\t\titemCandidates(itemId: $itemId, capabilities: $capabilities, first: $first) {\n\t\t\tscore\n\t\t\tprofile {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tcategory\n\t\t\t\tprovince\n\t\t\t\tdemo\n\t\t\t}\n\t\t\treasons {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t\tgaps {\n\t\t\t\t...MatchNoteFields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ItemCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation LinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {\n\t\tlinkInterventionCandidate(interventionId: $interventionId, profileId: $profileId) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').LinkInterventionCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation UnlinkInterventionCandidate($interventionId: ID!, $profileId: ID!) {\n\t\tunlinkInterventionCandidate(interventionId: $interventionId, profileId: $profileId) {\n\t\t\tid\n\t\t}\n\t}\n"): typeof import('./graphql').UnlinkInterventionCandidateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery RoadmapPhases($roadmapId: ID!) {\n\t\troadmapPhases(roadmapId: $roadmapId) {\n\t\t\tphase\n\t\t\tcurrent\n\t\t\tdone\n\t\t\topenPoints {\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tcount\n\t\t\t\tlink\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').RoadmapPhasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation MoveRoadmapPhase($roadmapId: ID!, $to: RoadmapPhase!, $note: String) {\n\t\tmoveRoadmapPhase(roadmapId: $roadmapId, to: $to, note: $note) {\n\t\t\tid\n\t\t\tphase\n\t\t}\n\t}\n"): typeof import('./graphql').MoveRoadmapPhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MyTasks {\n\t\tmyTasks {\n\t\t\townedInterventions {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\tdueDate\n\t\t\t\tprogressPct\n\t\t\t}\n\t\t\tawaitingDecision {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tstatus\n\t\t\t\timpact\n\t\t\t\teffort\n\t\t\t\tproposedBy {\n\t\t\t\t\tname\n\t\t\t\t\torganisationName\n\t\t\t\t}\n\t\t\t}\n\t\t\trisksToReview {\n\t\t\t\tid\n\t\t\t\troadmapId\n\t\t\t\ttitle\n\t\t\t\tlevel\n\t\t\t\treviewDate\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MemberProfileImportTemplate($language: ImportLanguage!) {\n\t\tmemberProfileImportTemplate(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n"): typeof import('./graphql').MemberProfileImportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ImportMemberProfiles($fileName: String!, $contentBase64: String!, $apply: Boolean) {\n\t\timportMemberProfiles(fileName: $fileName, contentBase64: $contentBase64, apply: $apply) {\n\t\t\tapplied\n\t\t\trows\n\t\t\terrors {\n\t\t\t\tsheet\n\t\t\t\trow\n\t\t\t\tcolumn\n\t\t\t\tcode\n\t\t\t\tmessage\n\t\t\t\tparams\n\t\t\t}\n\t\t\tprofiles {\n\t\t\t\tcreate\n\t\t\t\tupdate\n\t\t\t\tunchanged\n\t\t\t}\n\t\t\tchanges {\n\t\t\t\trow\n\t\t\t\tkvkNumber\n\t\t\t\tname\n\t\t\t\taction\n\t\t\t\tfields\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').ImportMemberProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery MemberProfiles($search: String, $first: Int, $offset: Int) {\n\t\tmemberProfiles(search: $search, first: $first, offset: $offset) {\n\t\t\ttotal\n\t\t\tprofiles {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tkvkNumber\n\t\t\t\tprovince\n\t\t\t\tcategory\n\t\t\t\tcapabilities\n\t\t\t\tgovernmentOnly\n\t\t\t}\n\t\t}\n\t}\n"): typeof import('./graphql').MemberProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ExportMemberProfiles($language: ImportLanguage) {\n\t\texportMemberProfiles(language: $language) {\n\t\t\tfilename\n\t\t\tcontentType\n\t\t\tbase64\n\t\t}\n\t}\n"): typeof import('./graphql').ExportMemberProfilesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
