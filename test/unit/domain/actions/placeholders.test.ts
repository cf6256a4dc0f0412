import { describe, expect, it } from 'vitest';
import { fillArgv, placeholdersIn, unknownPlaceholders } from '../../../../src/domain/actions/placeholders.js';

describe('placeholder filling', () => {
  it('fills each element in place: the argv keeps its length', () => {
    const argv = ['deploy/rollback.sh', '--service', '{service}', '--to={previousVersion}', '{incident}'];
    expect(fillArgv(argv, { service: 'shop', previousVersion: 'v1.1.0', incident: 'INC-4' })).toEqual([
      'deploy/rollback.sh', '--service', 'shop', '--to=v1.1.0', 'INC-4',
    ]);
  });

  it('keeps a hostile value as one single argument, shell characters and all', () => {
    // Given a ref crafted to look like a second command
    const filled = fillArgv(['rollback.sh', '{ref}'], { ref: 'v1; rm -rf /' });
    // Then it is still exactly two elements, the second holding the whole text untouched
    expect(filled).toEqual(['rollback.sh', 'v1; rm -rf /']);
    expect(fillArgv(['x', '{ref}'], { ref: '$(reboot) `id` && echo "hi"' })).toEqual(['x', '$(reboot) `id` && echo "hi"']);
  });

  it('does not fill placeholders that appear inside a value', () => {
    expect(fillArgv(['x', '{ref}', '{service}'], { ref: '{service}', service: 'shop' })).toEqual(['x', '{service}', 'shop']);
  });

  it('names an unknown placeholder and lists the known ones', () => {
    expect(() => fillArgv(['x', '{versoin}'], { version: 'v1' })).toThrow(
      'unknown placeholder {versoin} in ["x","{versoin}"]; known: {version}, {ref}, {previousVersion}, {service}, {incident}',
    );
    expect(unknownPlaceholders(['{a}', '{ref}', '{b}'])).toEqual(['a', 'b']);
    expect(placeholdersIn(['{ref}-{ref}', '{{json}}', '{"k":1}'])).toEqual(['ref', 'json']);
  });

  it('says why a known placeholder has no value', () => {
    expect(() => fillArgv(['x', '{previousVersion}'], {}, { previousVersion: 'no earlier deploy of shop' })).toThrow(
      'no value for {previousVersion} (what ran before the selected change: the rollback target): no earlier deploy of shop',
    );
  });

  it('refuses values a program would read as an option, and control characters', () => {
    expect(() => fillArgv(['x', '{ref}'], { ref: '--force' })).toThrow(/starts with "-"/);
    expect(fillArgv(['x', '--ref={ref}'], { ref: '-1' })).toEqual(['x', '--ref=-1']);
    expect(() => fillArgv(['x', '{ref}'], { ref: 'v1\nrm' })).toThrow(/control characters/);
  });
});
