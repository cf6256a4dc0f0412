/**
 * Runs in every test worker before the test files load. Ink decides once, when it is first
 * imported, whether it runs in CI (then it prints only the last frame). The CLI removes the CI
 * markers before it loads the console on a real terminal; in-process console tests get the same
 * environment here, so they behave the same on a developer machine and under CI=true.
 * End-to-end tests that want CI set pass it to the child explicitly.
 */
for (const name of Object.keys(process.env)) {
  if (name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_')) delete process.env[name];
}
