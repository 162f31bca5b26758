import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  // Project configs cannot set this: booting an app on its own database takes seconds, more on a busy machine.
  testTimeout: 60_000,
});
