#!/usr/bin/env node
// Writes dist/speller/en.tsv: nspell's dictionary with every affix already expanded, which the CLI's speller
// reads instead of building it from dictionary-en at start-up (src/review-node/speller-table.ts says why).
// Runs after tsc, from the compiled modules.
import { mkdirSync, writeFileSync } from 'node:fs';
import nspell from 'nspell';
import { hunspellFiles, SPELLER_TABLE } from '../dist/src/review-node/speller.js';
import { serializeSpeller } from '../dist/src/review-node/speller-table.js';

mkdirSync(new URL('.', SPELLER_TABLE), { recursive: true });
writeFileSync(SPELLER_TABLE, serializeSpeller(nspell(hunspellFiles())));
