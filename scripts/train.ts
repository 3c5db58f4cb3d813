/**
 * Trains the person tagger: an averaged perceptron over BILOU tags for PER/ORG/LOC/MISC on
 * CoNLL-2003 train (../shared/data/train/conll2003_train.jsonl), with casing statistics from the
 * CoNLL and PolNeAR training texts and a gazetteer from compromise's lexicon. Writes
 * src/core/model/persons.json. Deterministic: fixed seed, fixed order, one process.
 *
 *   npx tsx scripts/train.ts [--data DIR] [--epochs N] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize, splitSentences, type SentenceRange } from '../src/core/tokenize.ts';
import { buildDocView, type DocView } from '../src/core/persons/doc-view.ts';
import { tagSentence, newTagState } from '../src/core/persons/tagger.ts';
import { AveragedPerceptron } from '../src/core/persons/perceptron-train.ts';
import { packWeights, modelFile } from '../src/core/persons/model-pack.ts';
import { dataDirFromArgs, readJsonl, goldTags, type ConllDoc } from './eval/conll-data.ts';
import { buildCasing, compromiseGazetteer, trainGazetteers, mergeGazetteers } from './train-lexicons.ts';

const FOLDS = 5;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

/** Small seeded PRNG (mulberry32) for the epoch shuffles. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Example {
  view: DocView;
  sentences: SentenceRange[];
  gold: Uint8Array;
}

function main(): void {
  const dataDir = dataDirFromArgs(process.argv);
  const epochs = Number(arg('--epochs', '10'));
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(arg('--out', join(here, '..', 'src', 'core', 'model', 'persons.json')));
  const t0 = Date.now();

  const docs = readJsonl<ConllDoc>(join(dataDir, 'train', 'conll2003_train.jsonl'));
  const polnear = readJsonl<{ text: string }>(join(dataDir, 'train', 'polnear_train.jsonl'));
  const casing = buildCasing([...docs.map((d) => d.text), ...polnear.map((d) => d.text)]);
  const base = compromiseGazetteer();
  const { all, perFold } = trainGazetteers(docs, FOLDS);
  console.log(`lexicons: casing ${casing.size}, compromise ${base.size}, train ${all.size} (${Date.now() - t0} ms)`);

  const examples: Example[] = docs.map((doc, i) => {
    const gazetteer = mergeGazetteers(base, perFold[i % FOLDS] as Map<number, number>);
    const toks = tokenize(doc.text);
    const sentences = splitSentences(doc.text, toks);
    return { view: buildDocView(doc.text, toks, sentences, { gazetteer, casing }), sentences, gold: goldTags(doc, toks) };
  });

  const model = new AveragedPerceptron();
  const random = rng(20031);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let errors = 0;
    let seen = 0;
    for (const idx of order) {
      const ex = examples[idx] as Example;
      const st = newTagState();
      const tags = new Uint8Array(ex.view.n);
      const learner = {
        gold: ex.gold,
        update: (f: Int32Array, n: number, g: number, p: number): void => {
          errors++;
          model.update(f, n, g, p);
        },
      };
      for (const s of ex.sentences) {
        tagSentence(ex.view, s.first, s.last, model, st, tags, learner);
        model.step += s.last - s.first;
        seen += s.last - s.first;
      }
    }
    console.log(`epoch ${epoch + 1}: ${errors} updates / ${seen} tokens (${Date.now() - t0} ms)`);
  }

  const { keys, weights } = model.averaged();
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const clip = Number(arg('--clip', String(maxAbs)));
  const { rows, scale } = packWeights(keys, weights, clip);
  const file = modelFile(rows, scale, mergeGazetteers(base, all), casing, {
    trainedOn: 'CoNLL-2003 eng.train (tags); CoNLL-2003 + PolNeAR train texts (casing); compromise lexicon (gazetteer)',
    epochs,
    seed: 20031,
    features: keys.length,
  });
  writeFileSync(out, JSON.stringify(file) + '\n');
  console.log(`wrote ${out}: ${rows.count} of ${keys.length} feature rows, max |w| ${maxAbs.toFixed(2)} (${Date.now() - t0} ms)`);
}

main();
