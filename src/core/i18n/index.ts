export { MESSAGES, MAX_QUOTED_LENGTH, describeIssue, en, messages, quoteValue, vi } from './messages.js';
export type { DeepPartial, Direction, IssueText, MessageOverrides, Messages } from './messages.js';
export { languageOf, toLanguage } from './resolve-locale.js';
