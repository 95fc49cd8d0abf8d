// A child process that builds the relation table of the WordNet files in the folder named by its
// first argument and writes its bytes to the file named by its second. See relationTableFile.ts.

import { writeFileSync } from 'node:fs';
import { buildRelationTable } from './buildRelationTable.js';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: relationTableProcess <WordNet folder> <table file>');
writeFileSync(out, buildRelationTable(dir));
