import { classifyWith, type Model } from '../classify';
import { createModel, deserialize, learn, serialize } from '../classify/learn/model';
import type { Category, ClassifyInput, Verdict } from '../classify/types';
import type { LensDb } from '../db';

const NAME = 'category';
/** Corrections arriving together are stored once. */
const SAVE_DELAY_MS = 1000;

/**
 * The category model learnt from the user's own corrections: loaded once, updated one example
 * at a time (cheap, so it never blocks), and saved to IndexedDB shortly after.
 */
export class CategoryLearner {
  private model: Promise<Model> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private db: LensDb,
    private now: () => Date = () => new Date(),
  ) {}

  current(): Promise<Model> {
    this.model ??= this.load();
    return this.model;
  }

  /** The classifier with what the user taught blended in (`classifyWith`). */
  async classifier(): Promise<(input: ClassifyInput) => Verdict> {
    const model = await this.current();
    return (input) => classifyWith(input, model);
  }

  async learnFrom(input: ClassifyInput, category: Category): Promise<void> {
    const model = await this.current();
    learn(model, input, category);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(model), SAVE_DELAY_MS);
  }

  /** Saves now (tests, and before the worker may stop). */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.save(await this.current());
  }

  private async load(): Promise<Model> {
    const stored = await this.db.models.get(NAME);
    try {
      return stored ? deserialize(stored.state) : createModel();
    } catch {
      // A model saved by another version (its weights mean something else) or a corrupt one is
      // dropped: the rules still work without it, and the next corrections start a new one.
      return createModel();
    }
  }

  private async save(model: Model): Promise<void> {
    await this.db.models.put({
      name: NAME,
      state: serialize(model),
      examples: model.examples,
      updatedAt: this.now().toISOString(),
    });
  }
}
