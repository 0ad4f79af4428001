import { describe, expect, it } from 'vitest';
import { essayForQuotes, HOSTED_BUILD } from '../../../src/build/content-gate';
import { ESSAY, readSharedFile, sharedPath } from '../../../src/build/shared-folder';

const absent = () => undefined;

describe('the essay the build checks quotes against', () => {
  it('is read from where the tests read it: ../shared, or SHARED_DIR', () => {
    expect(sharedPath(ESSAY, {})).toMatch(/\/shared\/source\/essay\.txt$/);
    expect(sharedPath(ESSAY, { SHARED_DIR: '/srv/shared' })).toBe('/srv/shared/source/essay.txt');
    expect(essayForQuotes({}, (path, env) => (path === ESSAY && !env?.SHARED_DIR ? 'the essay' : undefined))).toEqual({ essay: 'the essay' });
  });

  it('when absent on an editor’s machine, lets the build go on with a plain warning that names where it looked', () => {
    const { essay, warning } = essayForQuotes({ SHARED_DIR: '/nowhere' }, absent);
    expect(essay).toBeUndefined();
    expect(warning).toBe(
      'Quotes were NOT checked against the essay: /nowhere/source/essay.txt was not found. Put the shared folder beside the repository or set SHARED_DIR before publishing this build.',
    );
  });

  it.each(HOSTED_BUILD)('when absent on a CI or hosting build (%s set), stops the build', (name) => {
    expect(() => essayForQuotes({ SHARED_DIR: '/nowhere', [name]: name === 'CF_PAGES' ? '1' : 'true' }, absent)).toThrow(
      `The essay is not at /nowhere/source/essay.txt, so the quotes cannot be checked, and a CI or hosting build (${name} is set) does not publish unchecked quotes.`,
    );
    expect(essayForQuotes({ SHARED_DIR: '/nowhere', [name]: 'false' }, absent).warning).toMatch(/NOT checked/);
  });

  it('finds the shared folder of this checkout, as the build does', () => {
    expect(readSharedFile(ESSAY)).toMatch(/\S/);
  });
});
