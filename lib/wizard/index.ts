// The "which one should we pick?" wizard: questions, answers in the URL, recommendation.
export { QUESTIONS, QUESTION_KEYS, driversOf, type WizardAnswers, type WizardQuestion, type QuestionKey } from "./questions";
export { WizardAnswersSchema, wizardAnswerShape, answersQuery, parseAnswers, type ParsedAnswers } from "./answers";
export { recommend, loadPublicEvidence, type WizardResult, type WizardReason, type WizardClaimLink } from "./recommend";
