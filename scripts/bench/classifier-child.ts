// Child process of `benchClassifierPerCpu`: times the classifier and prints the result as JSON.
import { benchClassifier } from './classifier';

const corpus = process.argv[2];
if (!corpus) throw new Error('usage: classifier-child.ts <corpus.jsonl>');
process.stdout.write(JSON.stringify(benchClassifier(corpus)));
