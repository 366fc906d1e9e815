/**
 * copydesk's library entry: `import copydesk, { check, diff } from 'copydesk'`. The default export is
 * the unified (remark) plugin; `check`, `checkText` and `diff` return the report as data; `render`
 * formats it; `exitCode` applies a CI policy.
 */
export { batch, check, checkText, diff, exitCode, render, parseShard, FORMATS } from './api.js';
export type { CheckOptions, DiffOptions, ExitPolicy, Finding, Format, GitOptions, Report, RunOptions, Severity, StoryResult } from './api.js';
export type { Category, Location } from './model/finding.js';
export { default } from './plugin.js';
