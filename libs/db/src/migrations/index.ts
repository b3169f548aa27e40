import { Foundation1764000000000 } from './1764000000000-foundation';
import { Chain1764000100000 } from './1764000100000-chain';
import { LoginAttempts1764000110000 } from './1764000110000-login-attempts';
import { PlatformOperator1764000120000 } from './1764000120000-platform-operator';
import { Documents1764000200000 } from './1764000200000-documents';
import { Scenarios1764000300000 } from './1764000300000-scenarios';
import { ExportRestrictions1764000400000 } from './1764000400000-export-restrictions';
import { ChainDataVersion1764000500000 } from './1764000500000-chain-data-version';
import { EmailPerOrganisation1764000600000 } from './1764000600000-email-per-organisation';
import { Noninterference1764000620000 } from './1764000620000-noninterference';
import { DocumentComments1764000700000 } from './1764000700000-document-comments';
import { DocumentLastEdit1764000800000 } from './1764000800000-document-last-edit';
import { RisksInterventions1764000900000 } from './1764000900000-risks-interventions';
import { Monitoring1764001000000 } from './1764001000000-monitoring';
import { DisruptionReports1764001100000 } from './1764001100000-disruption-reports';
import { AlertRiskLinks1764001200000 } from './1764001200000-alert-risk-links';
import { ExternalRefs1764001300000 } from './1764001300000-external-refs';
import { MaterialNames1764001400000 } from './1764001400000-material-names';
import { ChainDataChanges1764001500000 } from './1764001500000-chain-data-changes';
import { Suppliers1764001600000 } from './1764001600000-suppliers';
import { InterventionCandidates1764001700000 } from './1764001700000-intervention-candidates';
import { MemberProfiles1764001800000 } from './1764001800000-member-profiles';
import { ItemNumbers1764001900000 } from './1764001900000-item-numbers';
import { ChainItemKeys1764002000000 } from './1764002000000-chain-item-keys';

/** Migrations in the order they run. `synchronize` stays off: every schema change is one of these. */
export const MIGRATIONS = [
  Foundation1764000000000,
  Chain1764000100000,
  LoginAttempts1764000110000,
  PlatformOperator1764000120000,
  Documents1764000200000,
  Scenarios1764000300000,
  ExportRestrictions1764000400000,
  ChainDataVersion1764000500000,
  EmailPerOrganisation1764000600000,
  Noninterference1764000620000,
  DocumentComments1764000700000,
  DocumentLastEdit1764000800000,
  RisksInterventions1764000900000,
  Monitoring1764001000000,
  DisruptionReports1764001100000,
  AlertRiskLinks1764001200000,
  ExternalRefs1764001300000,
  MaterialNames1764001400000,
  ChainDataChanges1764001500000,
  Suppliers1764001600000,
  InterventionCandidates1764001700000,
  MemberProfiles1764001800000,
  ItemNumbers1764001900000,
  ChainItemKeys1764002000000,
];
