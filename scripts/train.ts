/**
 * Trains the person tagger: two stacked averaged perceptrons over BILOU tags for
 * PER/ORG/LOC/MISC on CoNLL-2003 train (../shared/data/train/conll2003_train.jsonl). Pass 2
 * sees what pass 1 said about every occurrence of a word in the document; its training input
 * comes from pass-1 models trained without the document's fold (5-fold jackknife), so it learns
 * how far to trust pass 1 on unseen text. Casing statistics come from the CoNLL and PolNeAR
 * training texts, a gazetteer from compromise's lexicon. Writes src/core/model/persons.json.
 * Deterministic: fixed seed, fixed order, one process; about a minute on one core.
 *
 *   npx tsx scripts/train.ts [--data DIR] [--epochs N] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize, splitSentences } from '../src/core/tokenize.ts';
import { buildDocView } from '../src/core/persons/doc-view.ts';
import { buildDocLevel, type DocLevel } from '../src/core/persons/doc-level.ts';
import type { AveragedPerceptron } from '../src/core/persons/perceptron-train.ts';
import { packWeights, modelFile } from '../src/core/persons/model-pack.ts';
import { dataDirFromArgs, readJsonl, goldTags, type ConllDoc } from './eval/conll-data.ts';
import { buildCasing, compromiseGazetteer, trainGazetteers, mergeGazetteers } from './train-lexicons.ts';
import { type Example, trainPerceptron, tagExample } from './train-loop.ts';

const FOLDS = 5;
const SEED = 20031;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function pack(model: AveragedPerceptron): { rows: ReturnType<typeof packWeights>['rows']; scale: number; features: number } {
  const { keys, weights } = model.averaged();
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  return { ...packWeights(keys, weights, maxAbs), features: keys.length };
}

function main(): void {
  const dataDir = dataDirFromArgs(process.argv);
  const epochs = Number(arg('--epochs', '8'));
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(arg('--out', join(here, '..', 'src', 'core', 'model', 'persons.json')));
  const t0 = Date.now();
  const log = (msg: string): void => console.log(`${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const docs = readJsonl<ConllDoc>(join(dataDir, 'train', 'conll2003_train.jsonl'));
  const polnear = readJsonl<{ text: string }>(join(dataDir, 'train', 'polnear_train.jsonl'));
  const casing = buildCasing([...docs.map((d) => d.text), ...polnear.map((d) => d.text)]);
  const base = compromiseGazetteer();
  const { all, perFold } = trainGazetteers(docs, FOLDS);
  log(`lexicons: casing ${casing.size}, compromise ${base.size}, train ${all.size}`);

  const examples: Example[] = docs.map((doc, i) => {
    const gazetteer = mergeGazetteers(base, perFold[i % FOLDS] as Map<number, number>);
    const toks = tokenize(doc.text);
    const sentences = splitSentences(doc.text, toks);
    return { view: buildDocView(doc.text, toks, sentences, { gazetteer, casing }), sentences, gold: goldTags(doc, toks), fold: i % FOLDS };
  });

  // Pass 1 on everything (shipped), and per fold (to give pass 2 honest inputs).
  const pass1 = trainPerceptron(examples, epochs, SEED, null);
  log('pass 1 trained');
  const levels: DocLevel[] = new Array<DocLevel>(examples.length);
  for (let f = 0; f < FOLDS; f++) {
    const m = trainPerceptron(examples.filter((e) => e.fold !== f), epochs, SEED + f + 1, null);
    examples.forEach((e, i) => {
      if (e.fold === f) levels[i] = buildDocLevel(e.view, tagExample(e, m, null));
    });
    log(`fold ${f + 1}/${FOLDS} pass 1 trained`);
  }
  const pass2 = trainPerceptron(examples, epochs, SEED, levels);
  log('pass 2 trained');

  const p1 = pack(pass1);
  const p2 = pack(pass2);
  const file = modelFile(p1.rows, p1.scale, p2.rows, p2.scale, mergeGazetteers(base, all), casing, {
    trainedOn:
      'CoNLL-2003 eng.train (tags); CoNLL-2003 + PolNeAR train texts (casing counts); compromise lexicon (gazetteer)',
    epochs,
    seed: SEED,
    folds: FOLDS,
  });
  writeFileSync(out, JSON.stringify(file) + '\n');
  log(`wrote ${out}: pass 1 ${p1.rows.count}/${p1.features} rows, pass 2 ${p2.rows.count}/${p2.features} rows`);
}

main();
