// The "which one should we pick?" wizard: questions built from the use cases and needs editors
// maintain, answers in the URL, a ranking where every answer counts or says why it did not.
export {
  buildQuestionnaire,
  categoryOf,
  NO_SKILLS,
  type Questionnaire,
  type WizardCategory,
  type WizardOption,
  type WizardTechnology,
  type WizardUseCaseInput,
} from "./questionnaire";
export { ANSWER_PARAMS, answersQuery, parseAnswers, type ParsedAnswers, type WizardAnswers } from "./answers";
export { wizardNeedsOf, type WizardNeed } from "./drivers";
export { rankForAnswers, DRIVER_WEIGHT, type WizardFactor, type WizardOutcome, type WizardReasonOf } from "./rank";
export {
  recommend,
  loadQuestionnaire,
  loadPublicEvidence,
  type WizardResult,
  type WizardReason,
  type WizardClaimLink,
} from "./recommend";
