// Public API of the scoring engine. Pure TypeScript: no I/O, no database, no framework.
export { parseCriteriaSet, criteriaSetSchema, ruleSchema } from "./criteria-schema";
export type { CriteriaError, ParseCriteriaResult } from "./criteria-schema";
export { leafPoints, bandPoints } from "./rules";
export type { LeafPoints } from "./rules";
export { scoreRound } from "./engine";
export type { ScoreRoundInput } from "./engine";
export { topFixes } from "./what-if";
export type { Fix } from "./what-if";
export { formatPoints, formatIndex, formatChange } from "./format";
export { round2, parseNumber } from "./numbers";
export { competitionRanks, classify } from "./ranking";
export { indexCriteria, leavesOf, compareCodes } from "./tree";
export type { CriteriaTree, IndexedLeaf } from "./tree";
export { isLeaf, UNIT_TYPES } from "./types";
export type {
  Band,
  ClassificationBand,
  CriteriaGroup,
  CriteriaLeaf,
  CriteriaNode,
  CriteriaSet,
  Deficiency,
  LeafInput,
  LeafResult,
  NodeResult,
  PreviousRound,
  ComparisonBasis,
  RawValue,
  RoundInputs,
  RoundResult,
  Rule,
  RuleType,
  ScoringError,
  ScoringUnit,
  UnitChange,
  UnitResult,
  UnitType,
  ValueSource,
} from "./types";
