import { classify, type Verdict } from '../../src/classify/index';
import type { PlatformId } from '../../src/platforms/types';

/** Classifies a hand-written profile + post. */
export function judge(
  name: string,
  headline: string,
  text = '',
  platform: PlatformId = 'linkedin',
): Verdict {
  return classify({ platform, authorName: name, authorHeadline: headline, text });
}

export function labels(v: Verdict): string[] {
  return v.signals.map((s) => s.label);
}
