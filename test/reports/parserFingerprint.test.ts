import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/reports/parserFingerprint.js';
import { productionBuild, ROOT, type ProductionBuild } from '../support/productionBuild.js';

// `npm run ask`/`check`/`dev` run the .ts source and `npm start` runs the compiled dist/: the same
// code must have the same fingerprint, or every switch between them rebuilds the report cache.
describe('code fingerprint', () => {
  let build: ProductionBuild;
  beforeAll(async () => {
    build = await productionBuild();
  }, 120_000);
  afterAll(() => build?.remove());

  it('is the same for the source and for the compiled build of the same code', async () => {
    for (const folder of ['reports', 'library', 'search']) {
      const module = pathToFileURL(join(build.dir, 'dist', 'reports', 'parserFingerprint.js')).href;
      const script = `import(${JSON.stringify(module)}).then((m) => m.codeFingerprint(new URL(${JSON.stringify(pathToFileURL(join(build.dir, 'dist', folder)).href + '/')}))).then((f) => process.stdout.write(f))`;
      const { stdout } = await promisify(execFile)(process.execPath, ['-e', script]);
      const source = await codeFingerprint(pathToFileURL(join(ROOT, 'src', folder) + '/'));
      expect(stdout, folder).toBe(source);
    }
  }, 60_000);
});
