/**
 * Every table of words at once, for what is rendered at build time (pages, layouts, components'
 * server HTML), the CLI and the tests. Browser scripts import the module of their own table instead.
 */
import { en } from './en';
import { site } from './en/site';
import { training } from './en/training';
import { guidelines, guidelineParts } from './en/guidelines';
import { policy } from './en/policy';
import { records, recordsPage } from './en/records';
import { verify } from './en/verify';
import { files } from './en/files';
import { device } from './en/device';
import { storage } from './en/storage';
import { checker } from './en/checker';
import { scorm } from './en/scorm';
import { hr, hrPage } from './en/hr';
import { learnerPage } from './en/learner';
import { quizPage, quizResult } from './en/quiz';
import { findingWords } from './en/findings';
import { hrResults } from './en/hr-results';
import { keyFile } from './en/key-file';
import { search } from './en/search';
import { packagesPage } from './en/packages';
import { profileStatus } from './en/profile';
import { ssoStatus } from './en/sso-profile';
import { translator } from './translate';

export const all = {
  ...en,
  ...site,
  ...training,
  ...guidelines,
  ...guidelineParts,
  ...policy,
  ...records,
  ...recordsPage,
  ...verify,
  ...files,
  ...device,
  ...storage,
  ...checker,
  ...scorm,
  ...hr,
  ...hrPage,
  ...learnerPage,
  ...quizPage,
  ...quizResult,
  ...findingWords,
  ...hrResults,
  ...keyFile,
  ...search,
  ...packagesPage,
  ...profileStatus,
  ...ssoStatus,
} as const;

export type AllKey = keyof typeof all;
export const { t, tn, tLink } = translator(all);
