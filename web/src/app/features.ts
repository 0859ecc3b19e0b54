// Every feature of the app, in one list: a new domain is a folder under features/ and a line here.
import { admissionFeature } from '../features/admission';
import { adminFeature } from '../features/admin';
import { badgesFeature } from '../features/badges';
import { disciplineFeature } from '../features/discipline';
import { duesFeature } from '../features/dues';
import { helpFeature } from '../features/help';
import { homeFeature } from '../features/home';
import { inspectionFeature } from '../features/inspection';
import { lifecycleFeature } from '../features/lifecycle';
import { meetingsFeature } from '../features/meetings';
import { membersFeature } from '../features/members';
import { orgsFeature } from '../features/orgs';
import { ratingsFeature } from '../features/ratings';
import { reportsFeature } from '../features/reports';
import { trainingFeature } from '../features/training';
import { cadreFeature } from '../features/cadre';
import { propagandaFeature } from '../features/propaganda';
import { selfFeature } from '../features/self';
import { rewardsFeature } from '../features/rewards';
import { cultureFeature } from '../features/culture';
import { targetsFeature } from '../features/targets';
import { documentsFeature } from '../features/documents';
import type { Feature } from '../shared/feature';

export const FEATURES: readonly Feature[] = [
  homeFeature,
  selfFeature,
  orgsFeature,
  membersFeature,
  admissionFeature,
  meetingsFeature,
  ratingsFeature,
  badgesFeature,
  lifecycleFeature,
  inspectionFeature,
  disciplineFeature,
  duesFeature,
  trainingFeature,
  cadreFeature,
  propagandaFeature,
  rewardsFeature,
  cultureFeature,
  targetsFeature,
  documentsFeature,
  reportsFeature,
  adminFeature,
  helpFeature,
];
