import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The deploy recipes of docs/deploying.md publish only what passed: each runs the tests, with the
 * essay provided, before anything is built for publishing. Read as text (the project has no YAML
 * parser, and the recipes are small), by their structure, not by comparison with a copy.
 */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Job {
  needs: string[];
  body: string;
}

/** The jobs of a GitHub Actions workflow: each two-space-indented key under `jobs:`, with what it needs. */
function jobsOf(workflow: string): Map<string, Job> {
  const jobs = new Map<string, Job>();
  const section = workflow.slice(workflow.search(/^jobs:$/m));
  for (const [, name, body] of section.matchAll(/^ {2}([\w-]+):\n((?:(?: {4}.*)?\n)*)/gm)) {
    const needs = /^ {4}needs:\s*(.+)$/m.exec(body!)?.[1] ?? '';
    jobs.set(name!, {
      needs: needs
        .replace(/[[\]]/g, '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
      body: body!,
    });
  }
  return jobs;
}

/** Every job a job waits for, directly or through others. */
function allNeeds(jobs: Map<string, Job>, name: string): Set<string> {
  const found = new Set<string>();
  const visit = (job: string) =>
    jobs.get(job)?.needs.forEach((need) => {
      if (!found.has(need)) {
        found.add(need);
        visit(need);
      }
    });
  visit(name);
  return found;
}

/** The order of commands in a shell command line. */
const position = (command: string, step: string) => command.indexOf(step);

describe('GitHub Actions (docs/examples/github-pages.yml)', () => {
  const jobs = jobsOf(read('docs/examples/github-pages.yml'));
  const named = (test: (job: Job) => boolean) => [...jobs].filter(([, job]) => test(job)).map(([name]) => name);
  const testJobs = named((job) => /^\s+run: npm test$/m.test(job.body));

  it('has a job that runs the full test command, after installing Chromium and poppler with apt and checking out the shared folder', () => {
    expect(testJobs).toHaveLength(1);
    const body = jobs.get(testJobs[0]!)!.body;
    const apt = /apt-get install[^\n]*\bchromium\b[^\n]*\bpoppler-utils\b/.exec(body);
    expect(apt).not.toBeNull();
    expect(body).toMatch(/repository: \$\{\{ vars\.SHARED_REPOSITORY \}\}\n\s+token:[^\n]*\n\s+path: shared\n/);
    expect(body.indexOf(apt![0])).toBeLessThan(body.search(/run: npm test$/m));
  });

  it('builds for publishing and publishes only in jobs that need the test job', () => {
    const publishing = named((job) => /npm run build|deploy-pages|upload-pages-artifact/.test(job.body));
    expect(publishing.length).toBeGreaterThan(0);
    for (const name of publishing) expect([...allNeeds(jobs, name)]).toContain(testJobs[0]);
  });

  it('gives every job that builds the shared folder, so quotes are checked', () => {
    for (const name of named((job) => /npm (run build|test)/.test(job.body))) {
      expect(jobs.get(name)!.body).toMatch(/path: shared\n/);
    }
  });
});

/** A host's build command: the shared folder first, then the tests the host can run, then the build. */
function expectTestsFirst(command: string | undefined) {
  expect(command).toBeDefined();
  const build = position(command!, 'npm run build');
  expect(build).toBeGreaterThan(0);
  expect(position(command!, 'SHARED_DIR=')).toBeGreaterThan(-1);
  expect(position(command!, 'SHARED_DIR=')).toBeLessThan(build);
  for (const tests of ['npm run check', 'npm run test:unit']) {
    expect(position(command!, tests)).toBeGreaterThan(-1);
    expect(position(command!, tests)).toBeLessThan(build);
  }
  // Joined with &&, so a failing step stops the rest.
  expect(command!.split('&&').length).toBeGreaterThanOrEqual(5);
  expect(command).not.toMatch(/;|\|\|/);
}

describe('host build commands', () => {
  it('Netlify (docs/examples/netlify.toml) clones the shared folder and tests before it builds', () => {
    const toml = read('docs/examples/netlify.toml');
    const command = /^\s*command = "((?:[^"\\]|\\.)*)"$/m.exec(toml)?.[1]?.replace(/\\"/g, '"');
    expectTestsFirst(command);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
  });

  it('Cloudflare Pages (docs/deploying.md) does the same', () => {
    const docs = read('docs/deploying.md');
    const section = docs.slice(docs.indexOf('## Cloudflare Pages'));
    expectTestsFirst(/Build command:\s*`([^`]+)`/.exec(section)?.[1]);
  });

  it('the docs say which tests a host cannot run and where they run instead', () => {
    const docs = read('docs/deploying.md');
    for (const host of ['## Netlify', '## Cloudflare Pages']) {
      const section = docs.slice(docs.indexOf(host)).split(/\n## /)[0]!;
      expect(section).toMatch(/Chromium or poppler/);
      expect(section).toMatch(/GitHub\s+Actions/);
    }
  });
});
