module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // Unit tests sit beside the code; integration tests (a booted app on a real database) in test/.
  roots: ['<rootDir>/src', '<rootDir>/test'],
  // Booting an app with its own database takes seconds, more on a busy machine.
  testTimeout: 60_000,
  coverageDirectory: '../../coverage/apps/api',
};
